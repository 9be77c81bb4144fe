/** App-wide strings: app name, common buttons, the home page, the sync indicator. */
export const core = {
  app: {
    name: '颐堤港隐私中心',
    brand: '颐堤港 INDIGO',
  },
  common: {
    languageName: '中文',
    switchLanguage: 'English',
    // WCAG 2.5.3: the name starts with the visible label.
    switchLanguageLabel: 'English（切换为英文）',
    back: '返回',
    retry: '重试',
    loading: '加载中…',
    cancel: '取消',
    confirm: '确认',
  },
  home: {
    title: '隐私与同意',
    intro: '在这里查看颐堤港如何处理您的个人信息，并随时管理您的选择。',
    policyHeading: '隐私政策要点',
    versionLine: (date: string, version: string) => `版本 ${version}，更新于 ${date}`,
    prevailsLine: '本政策以中文版本为准；如中英文版本不一致，以中文版本为准。',
    consentHeading: '您的同意',
    grantedCount: (granted: number, optional: number) =>
      `可选用途中已同意 ${granted} 项，共 ${optional} 项`,
    nothingGranted: '您尚未同意任何可选用途。未明确同意的用途一律视为不同意。',
    storageRecovered: '本地保存的选择无法读取，已按“未同意”处理。您的选择仍以服务器记录为准。',
    // The entries of the subpackages live here: the main package carries only these lines.
    rightsEntryTitle: '我的个人信息权利',
    rightsEntryText: '查阅、复制、更正、删除您的信息，撤回同意或注销账户，并查看请求进度。',
    memberEntryTitle: '会员服务',
    memberEntryText: '积分、小票、电子停车和门店导航。需要额外信息的功能会在您使用时单独征求同意。',
  },
  sync: {
    synced: '已同步',
    pending: (n: number) => `${n} 项待同步`,
    offline: '离线，恢复网络后自动同步',
    error: '同步失败',
  },
} as const
