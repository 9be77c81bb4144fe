/**
 * Consent journeys II in the main package: the unsubscribe link (§3.4(b)) and "What
 * changed" (§14.1). Marketing preferences and the guardian flow are in ./choices.ts.
 */
export const journeys = {
  journeyLinks: {
    reconsent: (n: number) => `隐私政策有更新，${n} 项同意需要您重新确认。在此之前按“未同意”处理。`,
    reconsentAction: '查看变化',
    marketing: '营销偏好',
    marketingText: '按渠道选择接收哪些优惠信息，或一键停止全部营销。',
    history: '同意记录与凭证',
    historyText: '查看每一次同意和撤回，导出同意凭证。',
    transparency: '信息透明',
    transparencyText: '我们在哪里收集什么、与谁共享、保存多久、如何联系数据保护官。',
    guardian: '年龄与监护人同意',
    guardianText: '未满14周岁的用户须由监护人同意。',
  },
  unsubscribe: {
    title: '退订营销信息',
    intro: '点击下方按钮即可退订此链接对应的营销信息，无需登录。',
    action: '一键退订',
    working: '正在退订…',
    done: '已退订',
    missingToken: '链接不完整，无法识别要退订的内容。请重新打开短信或邮件中的链接。',
    failed: '退订未成功：',
    network: '网络不可用，请稍后重试。',
    channels: (list: string) => `已停止：${list}`,
    nothingLeft: '此前已退订，无需再次操作。',
    serviceNote: '服务公告不受影响（第3.5条）。',
    manage: '管理全部营销偏好',
  },
  whatChanged: {
    title: '隐私政策有更新',
    intro: (version: string) =>
      `自您上次同意以来，隐私政策已更新（当前版本 ${version}）。以下条款发生了变化。`,
    upToDateTitle: '隐私政策',
    upToDate: '您的同意均基于当前版本的隐私政策，无需重新确认。',
    sectionsHeading: '有变化的章节',
    paragraphs: (ids: string) => `变化的条款：${ids}`,
    purposesHeading: '需要您重新确认的用途',
    purposesNote:
      '这些用途引用的条款有变化。在您重新同意之前，它们按“未同意”处理（第14.1条）；其他选择保持不变。',
    reasons: (ids: string) => `涉及条款：${ids}`,
    readPolicy: '阅读完整政策',
    done: '完成',
    businessFunctions: '业务功能列表',
  },
} as const
