/**
 * Consent journeys II, the choices subpackage: marketing preferences (§3.3, §3.4,
 * §9.3(a)) and the guardian flow (§1.6, §12).
 */
export const choices = {
  marketingPrefs: {
    title: '营销偏好',
    intro: '逐一选择我们可以通过哪些渠道向您发送优惠信息。未开启的渠道一律不发送。',
    stopAll: '停止全部营销',
    stopAllNote: '一次点击即关闭所有营销渠道和个性化推送（第3.4(c)条）。',
    stoppedAll: '已停止全部营销。',
    nothingOn: '目前没有开启任何营销渠道。',
    channelsHeading: '营销渠道',
    personalisedHeading: '个性化推送',
    personalisedNote:
      '开启后，我们会根据您的会员与消费信息挑选推送内容（自动化决策，第9.3(a)条）；关闭后您仍可收到不经个性化的信息。',
    serviceHeading: '服务公告',
    serviceNote:
      '服务公告（如账户安全、积分变动、政策更新）不属于营销信息，为提供服务所必需，无法关闭（第3.5条）。',
    guardianNeeded: '您未满14周岁，需要监护人同意后才能开启。',
    guardianAction: '前往监护人同意',
  },
  guardian: {
    title: '年龄与监护人同意',
    birthIntro:
      '请填写出生日期。未满14周岁的用户需由监护人同意后，我们才会处理其个人信息（第1.6、12条）。',
    birthLabel: '出生日期',
    birthPlaceholder: 'YYYY-MM-DD，例如 2012-05-01',
    birthInvalid: '请输入有效日期，格式为 YYYY-MM-DD。',
    birthFuture: '出生日期不能晚于今天。',
    saveBirth: '确认',
    adult: '您已年满14周岁，可自行管理您的同意。',
    childIntro:
      '您未满14周岁。在监护人同意之前，任何可选用途都无法开启，我们也不会发送您的个人信息。',
    guardianHeading: '请监护人操作',
    guardianText:
      '请您的父母或其他监护人阅读隐私政策中关于未成年人的条款并验证手机号码。验证码将发送至监护人手机，记录将注明由监护人作出。',
    readRules: '阅读隐私政策第1.6条和第12条（未成年人）',
    phoneLabel: '监护人手机号码',
    phonePlaceholder: '11位手机号码',
    phoneInvalid: '请输入有效的中国大陆11位手机号码。',
    sendCode: '发送验证码',
    resend: (s: number) => `${s}秒后可重发`,
    sentTo: (masked: string) => `验证码已发送至 ${masked}`,
    codeLabel: '验证码',
    codePlaceholder: '6位数字',
    codeInvalid: '请输入6位数字验证码。',
    agree: '验证并由监护人同意',
    granted: '监护人已同意。以下可选用途需由监护人逐项决定。',
    purposesHeading: '由监护人决定的可选用途',
    error: (msg: string) => `操作未成功：${msg}`,
    changeBirth: '修改出生日期',
  },
} as const
