/**
 * Every kind of personal information the policy names (§2.1, §2.2, §11, §12 and the business
 * functions table), with stable ids that purposes, the backend and the docs refer to.
 * `sensitive` follows §7.1. Data only, no logic.
 */
import type { DataCategory } from './types'

const catalogue = [
  // §2.1(b), BF.wechat-mini-program: the WeChat identity of a member
  {
    id: 'wechat-avatar',
    name: { 'zh-CN': '微信头像', en: 'WeChat avatar' },
    sensitive: false,
    policyRefs: ['2.1(b)', 'BF.wechat-mini-program'],
  },
  {
    id: 'wechat-nickname',
    name: { 'zh-CN': '微信昵称', en: 'WeChat nickname' },
    sensitive: false,
    policyRefs: ['2.1(b)', 'BF.wechat-mini-program'],
  },
  {
    id: 'wechat-openid',
    name: { 'zh-CN': '微信OpenID（微信账号标识）', en: 'WeChat openID (account identifier)' },
    sensitive: false,
    policyRefs: ['2.1(b)', 'BF.wechat-mini-program'],
  },
  {
    id: 'phone-number',
    name: { 'zh-CN': '手机号码', en: 'Phone number' },
    sensitive: false,
    policyRefs: [
      '2.1(b)',
      'BF.wechat-mini-program',
      'BF.online-mall',
      'BF.office-mini-program',
      'BF.office-turnstile',
      'BF.mall-wifi',
    ],
  },
  // §2.1(a): personal information
  {
    id: 'name',
    name: { 'zh-CN': '姓名', en: 'Name' },
    sensitive: false,
    policyRefs: ['2.1(a)'],
  },
  {
    id: 'gender',
    name: { 'zh-CN': '性别', en: 'Gender' },
    sensitive: false,
    policyRefs: ['2.1(a)'],
  },
  {
    id: 'date-of-birth',
    name: { 'zh-CN': '出生日期（年龄）', en: 'Date of birth (age)' },
    sensitive: false,
    policyRefs: ['2.1(a)', '12.1'],
  },
  {
    // §7.1: "specific identity information" is sensitive
    id: 'identity-number',
    name: { 'zh-CN': '身份证件号码', en: 'Identity document number' },
    sensitive: true,
    policyRefs: ['2.1(a)', '7.1'],
  },
  // §2.1(b): contact information
  {
    id: 'email-address',
    name: { 'zh-CN': '电子邮箱地址', en: 'Email address' },
    sensitive: false,
    policyRefs: ['2.1(b)'],
  },
  {
    id: 'postal-address',
    name: { 'zh-CN': '通讯地址及收货地址', en: 'Postal and delivery address' },
    sensitive: false,
    policyRefs: ['2.1(b)', 'BF.online-mall'],
  },
  {
    id: 'fax-number',
    name: { 'zh-CN': '传真号码', en: 'Fax number' },
    sensitive: false,
    policyRefs: ['2.1(b)'],
  },
  {
    id: 'business-card',
    name: {
      'zh-CN': '活动中交换名片所提供的联系人及工作信息',
      en: 'Contact and business details from business cards exchanged at events',
    },
    sensitive: false,
    policyRefs: ['2.1(b)'],
  },
  // §2.1(c): WeChat mini program services. INDIGO receives the payment result and the order,
  // never the bank card or the WeChat Pay account, so this is not §7.1 financial account data.
  {
    id: 'payment-records',
    name: { 'zh-CN': '微信支付信息及订单列表', en: 'WeChat Pay information and order list' },
    sensitive: false,
    policyRefs: ['2.1(c)', '3.1(c)'],
  },
  {
    id: 'online-orders',
    name: { 'zh-CN': '线上商城订单信息', en: 'Online mall order information' },
    sensitive: false,
    policyRefs: ['2.1(c)', 'BF.online-mall'],
  },
  {
    id: 'points-and-coupons',
    name: {
      'zh-CN': '会员积分获取与兑换、电子优惠券领取与使用记录',
      en: 'Bonus points earned and redeemed, e-coupons collected and used',
    },
    sensitive: false,
    policyRefs: ['2.1(c)', 'BF.wechat-mini-program'],
  },
  {
    id: 'parking-orders',
    name: { 'zh-CN': '会员自助停车订单', en: 'Member self-service parking orders' },
    sensitive: false,
    policyRefs: ['2.1(c)', 'BF.wechat-mini-program', 'BF.office-mini-program'],
  },
  {
    id: 'licence-plate',
    name: { 'zh-CN': '车牌号码', en: 'Licence plate number' },
    sensitive: false,
    policyRefs: ['BF.wechat-mini-program'],
  },
  {
    id: 'receipt-photos',
    name: { 'zh-CN': '消费小票照片及小票信息', en: 'Transaction receipt photos and details' },
    sensitive: false,
    policyRefs: ['BF.wechat-mini-program'],
  },
  {
    id: 'page-visits',
    name: { 'zh-CN': '小程序页面访问信息', en: 'Mini program page visits' },
    sensitive: false,
    policyRefs: ['2.1(c)'],
  },
  // §2.1(d): use of the Services
  {
    id: 'purchase-history',
    name: { 'zh-CN': '消费记录', en: 'Purchasing history' },
    sensitive: false,
    policyRefs: ['2.1(d)'],
  },
  {
    id: 'behaviour-info',
    name: {
      'zh-CN': '使用服务时的行为信息（如浏览、点击、偏好）',
      en: 'Behavioural information when using the Services (views, clicks, preferences)',
    },
    sensitive: false,
    policyRefs: ['2.1(d)'],
  },
  // §9.1: what automated decision making derives from the above
  {
    id: 'interest-tags',
    name: {
      'zh-CN': '根据您的消费和浏览行为生成的兴趣偏好标签',
      en: 'Interest tags derived from your purchases and browsing',
    },
    sensitive: false,
    policyRefs: ['9.1', '3.1(j)'],
  },
  // §2.2(b): location. Precise location is "individual location tracking information" (§7.1).
  {
    id: 'precise-location',
    name: { 'zh-CN': '精确位置信息', en: 'Precise location' },
    sensitive: true,
    policyRefs: ['2.2(b)', '2.2(b)(i)', '7.1'],
  },
  // §2.2(a): Log Information
  {
    id: 'device-info',
    name: {
      'zh-CN': '设备信息（设备型号与配置、IP地址、MAC地址、设备识别码）',
      en: 'Device information (model and settings, IP address, MAC address, device ID)',
    },
    sensitive: false,
    policyRefs: ['2.2(a)', '2.2(a)(i)'],
  },
  {
    id: 'log-info',
    name: {
      'zh-CN': '日志信息（搜索与浏览记录、访问时间、浏览器类型、域名）',
      en: 'Log information (searches and pages viewed, access time, browser type, domain)',
    },
    sensitive: false,
    policyRefs: ['2.2(a)', '2.2(a)(ii)', '2.2(a)(iii)', '11.4'],
  },
  {
    id: 'communication-records',
    name: {
      'zh-CN': '通过服务进行沟通的记录（账号、时间与时长）及咨询反馈内容',
      en: 'Communications through the Services (accounts, time, duration) and enquiries',
    },
    sensitive: false,
    policyRefs: ['2.2(a)(iv)', '3.1(i)'],
  },
  {
    id: 'shared-content-metadata',
    name: {
      'zh-CN': '您分享内容中包含的元数据（如照片的拍摄时间与地点）',
      en: 'Metadata in content you share (e.g. when and where a photo was taken)',
    },
    sensitive: false,
    policyRefs: ['2.2(a)(v)', '2.2(b)(ii)'],
  },
  // §11: Cookies
  {
    id: 'essential-cookies',
    name: { 'zh-CN': '必要Cookie（登录状态、会话）', en: 'Necessary cookies (sign-in, session)' },
    sensitive: false,
    policyRefs: ['11.1', '11.3'],
  },
  {
    id: 'preference-cookies',
    name: {
      'zh-CN': '偏好Cookie（您的选择与浏览偏好）',
      en: 'Preference cookies (your choices and browsing preferences)',
    },
    sensitive: false,
    policyRefs: ['11.1', '11.2'],
  },
  // §11.5, BF.mall-wifi. The MAC address is a device identifier; the activity pattern built from
  // it is a person's movements inside the property, treated as location tracking (§7.1).
  {
    id: 'wifi-mac-address',
    name: { 'zh-CN': '连接WiFi的设备MAC地址', en: 'MAC address of the device on our WiFi' },
    sensitive: false,
    policyRefs: ['11.5', 'BF.mall-wifi'],
  },
  {
    id: 'in-property-movements',
    name: {
      'zh-CN': '在物业内的活动轨迹与规律',
      en: 'Movements and activity patterns inside our properties',
    },
    sensitive: true,
    policyRefs: ['11.5', '7.1'],
  },
  // BF.office-mini-program, BF.office-turnstile: ONE INDIGO office
  {
    id: 'enterprise-title',
    name: { 'zh-CN': '所在企业名称', en: 'Enterprise title (the company you work for)' },
    sensitive: false,
    policyRefs: ['BF.office-mini-program', 'BF.office-turnstile'],
  },
  {
    id: 'enterprise-email-suffix',
    name: { 'zh-CN': '企业邮箱后缀', en: 'Enterprise email suffix' },
    sensitive: false,
    policyRefs: ['BF.office-mini-program'],
  },
  {
    id: 'visitor-details',
    name: {
      'zh-CN': '访客登记信息（访客姓名、手机号码、来访时间）',
      en: "Visitor registration (visitor's name, phone number, time of visit)",
    },
    sensitive: false,
    policyRefs: ['BF.office-turnstile'],
  },
  {
    // §7.1: biometric information
    id: 'face-image',
    name: { 'zh-CN': '人脸图像及人脸识别特征', en: 'Face image and face recognition data' },
    sensitive: true,
    policyRefs: ['7.1', 'BF.office-turnstile'],
  },
  // §1.6, §12: children under 14 and their guardians
  {
    // §7.1: all personal information of a minor under 14 is sensitive
    id: 'minor-info',
    name: {
      'zh-CN': '不满十四周岁未成年人的个人信息',
      en: 'Personal information of a minor under 14',
    },
    sensitive: true,
    policyRefs: ['1.6', '7.1', '12.2'],
  },
  {
    id: 'guardian-details',
    name: {
      'zh-CN': '监护人信息（姓名、手机号码、与未成年人的关系）',
      en: "Guardian's details (name, phone number, relationship to the minor)",
    },
    sensitive: false,
    policyRefs: ['1.6', '12.2'],
  },
] as const satisfies readonly DataCategory[]

export type DataCategoryId = (typeof catalogue)[number]['id']

/** Every data category, typed as DataCategory with its id narrowed. */
export const dataCategories: readonly (DataCategory & { readonly id: DataCategoryId })[] = catalogue

export const dataCategoryById = Object.fromEntries(dataCategories.map((c) => [c.id, c])) as Record<
  string,
  DataCategory
> as Readonly<Record<DataCategoryId, DataCategory>>
