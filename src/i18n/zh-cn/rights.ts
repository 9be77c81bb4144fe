/**
 * §10 rights requests: the rights page, one form per request type, identity verification
 * (§10.3), tracking, the export view and deregistration.
 */
export const rights = {
  rightsHome: {
    title: '行使您的个人信息权利',
    intro:
      '您（或您的近亲属、或代表您的未成年子女）可以在这里提出以下请求。我们会先通过短信验证码核验您的身份（第10.3条）。',
    howLong: '身份核验通过后，我们会在 15 个工作日内答复或办结。',
    limitsHeading: '请您了解',
    limitsText:
      '在法律允许的范围内，我们可以拒绝不合理的请求（例如会侵犯他人隐私的请求）；处理查阅或更正请求时，可能收取合理的成本费用（第10.4条）。',
    myRequests: '我的请求',
    start: '提出请求',
    deregisterTitle: '注销账户',
    deregisterText: '注销后积分作废、会员资格终止，且无法恢复。',
    deregisterAction: '了解并注销',
    happens: {
      'access-copy': '我们整理您的个人信息，办结后您可以在小程序中查看并复制。',
      'correct-supplement': '我们核实后更正或补充您的信息，并告诉您结果。',
      'restrict-reject': '我们停止或限制为所选目的处理您的信息。',
      'delete-deregister': '我们删除所选信息，或注销账户并删除全部信息，仅保留完成删除的最小记录。',
      'withdraw-consent': '我们停止基于所选同意的处理；撤回前已进行的处理不受影响。',
      transfer: '在符合主管部门规定时，我们把您的信息转给您指定的机构。',
      'automated-decision':
        '我们说明有关决策的规则，或停止仅通过自动化方式对您作出决定（第9.3条）。',
      'explain-rules': '我们以书面方式回答您关于处理规则的问题。',
    },
  },
  rightsForm: {
    forWhom: '为谁提出',
    onBehalfOf: {
      self: '本人',
      'guardian-of-minor': '作为监护人，为未成年子女',
      'next-of-kin': '作为近亲属，为已故者',
    },
    proofNote: '为他人提出请求时，请附上关系证明的照片（如户口簿、出生证明或死亡证明）。',
    optional: '（选填）',
    formatNote:
      '导出内容为 JSON（机器可读），也可以在小程序中以摘要阅读。暂不提供 CSV：同意记录、请求进度等嵌套记录无法放进一张表格。',
    photos: {
      evidence: '证明照片',
      'relationship-proof': '关系证明照片',
    },
    photoHints: {
      evidence: '例如证件或账单的照片，帮助我们核实正确内容。',
      'relationship-proof': '户口簿、出生证明或死亡证明等的照片，仅用于核实这项请求。',
    },
    photoAlbum: '从相册选择',
    photoCamera: '拍照',
    photoChosen: (kb: number) => `已选择 1 张照片（约 ${kb} KB）`,
    photoRemove: '移除照片',
    photoUnreadable: '照片无法读取或过大，请重新选择后再提交。',
    feeNote: '处理查阅或更正请求时，我们可能收取合理的成本费用（第10.4条）。',
    withdrawHint: '只想撤回某几项同意？在“我的同意”中逐项关闭即可立即生效，无需提交请求。',
    openConsentCenter: '前往我的同意',
    selectAll: '全选',
    explainNote: '您可以要求我们说明决策规则，也可以拒绝仅通过自动化决策作出的决定（第9.3(b)条）。',
    consequencesTitle: '注销前请确认',
    consequences: [
      '您的积分将全部作废，已兑换但未使用的权益一并失效。',
      '会员资格终止，车牌、小票等记录将被删除。',
      '注销完成后无法恢复；如需再次使用，请重新注册。',
      '我们仅保留完成注销的最小记录，以证明已按您的要求办理。',
    ],
    confirmLabel: '我已了解上述后果，确认注销',
    next: '下一步：验证身份',
    draftSaved: '草稿已自动保存',
    fixErrors: '请先修改标红的内容。',
    submitting: '正在提交…',
    submit: '提交请求',
    errors: {
      required: '请填写此项。',
      'too-long': '内容过长，请精简。',
      'bad-characters': '包含无法识别的字符，请删除后重试。',
      'date-invalid': '请按“年-月-日”填写有效日期，例如 2012-05-01。',
      'date-in-future': '日期不能晚于今天。',
      'subject-not-minor': '该日期表明对方已成年，请由其本人提出请求。',
      'confirm-required': '请勾选确认后再继续。',
      'proof-required': '请附上关系证明的照片。',
      'email-empty': '请填写电子邮箱。',
      'email-too-long': '电子邮箱过长。',
      'email-bad-format': '电子邮箱格式不正确，例如 name@example.com。',
      'email-bad-domain': '电子邮箱的域名不正确，例如 example.com。',
    },
    datePlaceholder: '年-月-日，例如 2012-05-01',
    choose: '请选择',
    categories: {
      profile: '个人资料（昵称、手机号码、邮箱、出生日期）',
      consents: '同意记录',
      'rights-requests': '权利请求记录',
      'licence-plates': '车牌',
      receipts: '小票与照片',
      points: '积分',
    },
  },
  rightsVerify: {
    title: '验证身份',
    intro: '为保障您的账户安全，提交前需要验证您的身份（第10.3条）。',
    sentTo: (phone: string) => `验证码已发送至 ${phone}，5 分钟内有效。`,
    send: '获取验证码',
    resendIn: (s: number) => `${s} 秒后可重新获取`,
    resend: '重新获取验证码',
    codeLabel: '短信验证码',
    codePlaceholder: '6 位数字',
    verify: '验证并提交',
    verifying: '正在验证…',
    verified: '身份已验证',
    codeInvalid: '请输入短信中的 6 位数字验证码。',
    noPhone: '您的账户还没有绑定手机号码。请先填写，我们会把验证码发送到这个号码。',
    phoneLabel: '手机号码',
    phonePlaceholder: '11 位中国大陆手机号码',
    savePhone: '保存并获取验证码',
    phoneErrors: {
      'phone-empty': '请填写手机号码。',
      'phone-not-digits': '手机号码只能包含数字。',
      'phone-bad-length': '手机号码应为 11 位数字。',
      'phone-bad-prefix': '请填写以 13–19 开头的中国大陆手机号码。',
    },
    tooManyAttempts: '错误次数过多，这个验证码已失效。请重新获取验证码。',
    expired: '验证码已过期，请重新获取。',
  },
  rightsStatus: {
    submitted: '已提交，待验证身份',
    verified: '已验证，等待处理',
    'in-progress': '处理中',
    completed: '已办结',
    rejected: '已拒绝',
    cancelled: '已撤销',
  },
  rightsTimeline: {
    submitted: '已提交',
    verified: '身份已验证',
    'in-progress': '处理中',
    completed: '已办结',
    rejected: '已拒绝',
    cancelled: '已撤销',
  },
  rightsList: {
    title: '我的请求',
    empty: '您还没有提出过请求。',
    newRequest: '提出新请求',
    submittedOn: (date: string) => `提交于 ${date}`,
    // §10.3: a date counted over a year whose holiday arrangement is not published is an
    // estimate (src/domain/working-days.ts), and says so.
    dueBy: (date: string, estimated = false) =>
      estimated
        ? `预计 ${date} 前答复（估算，当年法定节假日安排公布后确定）`
        : `预计 ${date} 前答复`,
    forOther: '代他人提出',
  },
  rightsDetail: {
    listSeparator: '、',
    title: '请求详情',
    status: '当前状态',
    dueBy: (date: string, estimated = false) =>
      estimated
        ? `预计 ${date} 前答复（身份验证后 15 个工作日）。该日期为估算：当年法定节假日安排尚未公布，公布后确定。`
        : `我们将在 ${date} 前答复（身份验证后 15 个工作日）。`,
    overdue: '已超过答复期限。如仍未收到答复，您可以联系数据保护官 info@indigobeijing.com。',
    notVerified: '身份尚未验证。验证后我们才会开始处理，15 个工作日的期限从验证时起算。',
    verifyNow: '立即验证身份',
    timeline: '进度',
    details: '请求内容',
    result: '处理结果',
    viewExport: '查看导出的个人信息',
    rejectedHeading: '拒绝理由',
    reasons: {
      unreasonable: '请求不合理（第10.4条）',
      'identity-not-verified': '未能核验身份（第10.3条）',
      'not-permitted-by-law': '法律不允许',
      duplicate: '重复的请求',
      other: '其他原因',
    },
    cancel: '撤销请求',
    cancelTitle: '撤销这项请求？',
    cancelText: '撤销后我们将不再处理。如有需要，您可以重新提出。',
    keep: '暂不撤销',
    confirmCancel: '撤销',
    resultItems: {
      withdrawn: (n: number) => `已撤回 ${n} 项同意`,
      deleted: '已删除的记录',
      erasure: '账户已注销，相关信息已删除。',
    },
    notFound: '找不到这项请求。',
    photoKept: (kb: number) => `已随请求提交（约 ${kb} KB）`,
  },
  rightsExport: {
    title: '我的个人信息',
    intro: '以下是我们持有的您的个人信息摘要。完整内容为 JSON 格式，可复制后保存。',
    introJson: '您选择了仅 JSON 格式：以下是我们持有的您的个人信息的完整内容，可复制后保存或转交。',
    exportedAt: (at: string) => `导出时间：${at}（北京时间）`,
    profile: '个人资料',
    noProfile: '没有保存个人资料。',
    fields: { nickname: '昵称', phone: '手机号码', email: '电子邮箱', birthDate: '出生日期' },
    sections: {
      profile: '个人资料',
      consents: '同意状态',
      ledger: '同意记录',
      rightsRequests: '权利请求',
      plates: '车牌',
      receipts: '小票',
      points: '积分记录',
    },
    records: (n: number) => `${n} 条`,
    pointsBalance: (n: number) => `积分余额：${n}`,
    json: '完整内容（JSON）',
    copy: '复制 JSON',
    copied: '已复制，可粘贴到备忘录或发送给自己保存。',
    copyFailed: '复制失败，请长按下方内容手动复制。',
    notAvailable: '这项请求没有可查看的导出内容。',
  },
  rightsDone: {
    title: '请求已提交',
    text: (date: string, estimated = false) =>
      estimated
        ? `我们已收到您的请求，预计 ${date} 前答复（估算，当年法定节假日安排公布后确定）。`
        : `我们已收到您的请求，将在 ${date} 前答复。`,
    deregisteredTitle: '注销申请已提交',
    deregisteredText: (date: string, estimated = false) =>
      `${
        estimated
          ? `我们预计在 ${date} 前完成注销（估算，当年法定节假日安排公布后确定）。`
          : `我们将在 ${date} 前完成注销。`
      }本机上的数据已全部清除，小程序已恢复为首次打开时的状态。`,
    backHome: '返回首页',
    viewRequest: '查看请求',
  },
  rightsErrors: {
    network: '网络连接失败，请检查网络后重试。您填写的内容已保存。',
    notice: '请先阅读并同意隐私政策，才能提交请求。',
    generic: '出了点问题，请稍后重试。',
    loadFailed: '加载失败。',
  },
} as const
