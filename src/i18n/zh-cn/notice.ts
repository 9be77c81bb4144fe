/**
 * The privacy notice (§1.5), the full policy text, WeChat's privacy popup and the footer link
 * that keeps the notice reachable from every page.
 */
export const notice = {
  notice: {
    title: '隐私政策',
    intro:
      '在收集您的任何个人信息之前，请先了解颐堤港如何处理您的信息。下面是每一节的要点，完整条文可随时查看。',
    versionLine: (date: string, version: string) => `版本 ${version}，发布于 ${date}`,
    prevailsLine: '本政策以中文版本为准；如中英文版本不一致，以中文版本为准。',
    specificPolicies: '特定平台或服务另有专门隐私政策的，以该专门政策为准（第13条）。',
    summaryHeading: '各节要点',
    readFullText: '阅读完整条文（含条款编号）',
    openContract: '查看《微信小程序隐私保护指引》',
    agreeHeading: '您的选择',
    agreeHint:
      '同意后，我们仅为提供服务所必需的目的处理您的信息。营销、位置、照片等可选用途默认全部关闭，由您在“我的同意”中逐项决定。',
    declineHint: '不同意时，您仍可以访客身份浏览商户、活动和本政策，我们不会收集您的任何个人信息。',
    agree: '同意并继续',
    decline: '不同意，仅浏览',
    acceptedOn: (date: string) => `您已于 ${date} 同意本政策。`,
    declinedNow: '您目前以访客身份浏览，我们不收集您的个人信息。您可以随时在此同意。',
    back: '返回',
  },
  policyText: {
    title: '隐私政策全文',
    contents: '目录',
    section: (id: string) => `第${id}条`,
    businessFunctions: '业务功能清单',
  },
  privacyPopup: {
    title: '隐私保护提示',
    // WeChat's contract name usually comes with its book-title marks; add them when it does not.
    body: (contractName: string) =>
      `在使用此功能前，请阅读并同意${contractName ? (contractName.startsWith('《') ? contractName : `《${contractName}》`) : '《颐堤港隐私政策》'}。您同意后，微信才会允许小程序使用相关信息；不同意不影响浏览。`,
    openContract: '查看隐私保护指引',
    agree: '同意',
    disagree: '不同意',
    declined: '您未同意隐私保护指引，刚才的操作没有进行，也没有收集任何信息。需要时再点一次即可。',
    dismiss: '知道了',
  },
  footer: {
    policyLink: '隐私政策',
    consentCenterLink: '我的同意',
    guestMode: '访客模式：我们不收集您的个人信息。',
    guestAction: '查看并同意隐私政策',
  },
} as const
