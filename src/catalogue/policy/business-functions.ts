import type { Bilingual, BusinessFunction } from '../types'

/**
 * The policy's closing table "List of Business Functions where Personal Information is collected
 * and used": one row per channel, cited as "BF.<id>". en verbatim (whitespace normalised).
 */
export const businessFunctionsTitle: Bilingual = {
  'zh-CN': '收集和使用个人信息的业务功能清单',
  en: 'List of Business Functions where Personal Information is collected and used',
}

export const businessFunctionsLastUpdated: Bilingual = {
  'zh-CN': '（最近更新：2023年6月）',
  en: '(Last updated: June 2023)',
}

export const businessFunctionsIntro: Bilingual = {
  'zh-CN': '我们在不同业务场景中收集个人信息的情况列示如下：',
  en: 'Circumstances regarding the Personal Information we collected in different use business scenarios are listed as follow:',
}

/** The table's column headings (not part of PolicyDocument, so not hashed: layout only). */
export const businessFunctionColumns: Readonly<
  Record<'name' | 'collected' | 'reasons', Bilingual>
> = {
  name: {
    'zh-CN': '业务功能（包括收集所采用的媒介和工具）',
    en: 'Business functions (including media and tools adopted in collection)',
  },
  collected: { 'zh-CN': '收集的个人信息类型', en: 'Types of Personal Information collected' },
  reasons: { 'zh-CN': '收集目的及理由', en: 'Purposes and reasons of collection' },
}

export const businessFunctions: readonly BusinessFunction[] = [
  {
    id: 'wechat-mini-program',
    name: { 'zh-CN': '颐堤港微信小程序', en: 'INDIGO WeChat mini program' },
    collected: {
      'zh-CN': '微信头像、昵称、微信OpenID、手机号码、车牌号码、消费小票信息。',
      en: 'WeChat avatar, nickname, WeChat openID, phone number, license plate number, transaction receipt info.',
    },
    reasons: [
      { 'zh-CN': '识别用户的会员身份', en: 'Identify users’ membership' },
      { 'zh-CN': '顾客登录并使用会员服务', en: 'Customers sign-in and use members service' },
      {
        'zh-CN': '顾客上传消费小票照片或通过其他方式累积积分',
        en: 'Customers upload transaction receipt photo or other ways to collect bonus points',
      },
      { 'zh-CN': '顾客使用积分兑换', en: 'Customers use bonus points redemption' },
      { 'zh-CN': '顾客使用电子停车服务', en: 'Customers use e-parking service' },
      { 'zh-CN': '顾客使用线上租赁服务', en: 'Customers use online rental service' },
    ],
  },
  {
    id: 'online-mall',
    name: { 'zh-CN': '颐堤港线上商城', en: 'INDIGO Online Shopping Mall' },
    collected: { 'zh-CN': '手机号码、地址、订单信息', en: 'Phone number, address, orders info' },
    reasons: [
      { 'zh-CN': '顾客使用线上购物服务', en: 'Customers use online shopping service' },
      {
        'zh-CN': '顾客使用物流配送及到店自提服务',
        en: 'Customers use logistics and pick-up in store service',
      },
    ],
  },
  // "enterprise title" is ambiguous (company name or job title); rendered 企业名称 (company name).
  // Reason 3 says "Offices", reason 2 "Officers": both kept; zh-CN reads 办公人员 for both.
  {
    id: 'office-mini-program',
    name: { 'zh-CN': '颐堤港一座办公小程序', en: 'ONE INDIGO office mini program' },
    collected: {
      'zh-CN': '手机号码、企业名称、企业邮箱后缀',
      en: 'Phone number, enterprise title, enterprise e-mail suffix',
    },
    reasons: [
      { 'zh-CN': '识别用户的办公会员身份', en: 'Identify users’ office membership' },
      {
        'zh-CN': '办公人员使用颐堤港一座会员权益',
        en: 'Officers use One Indigo members privileges',
      },
      {
        'zh-CN': '办公人员使用颐堤港一座月租停车服务',
        en: 'Offices use One Indigo monthly parking service',
      },
    ],
  },
  // "face recognition" is biometric: sensitive personal information (§7.1, §7.3).
  {
    id: 'office-turnstile',
    name: { 'zh-CN': '颐堤港一座办公楼闸机', en: 'ONE INDIGO office turnstile' },
    collected: {
      'zh-CN': '手机号码、企业名称、人脸识别信息',
      en: 'Phone number, enterprise title, face recognition',
    },
    reasons: [
      { 'zh-CN': '识别办公人员的大堂通行权限', en: 'Identify officers lobby pass' },
      { 'zh-CN': '为访客登记大堂通行证', en: 'Register visitors lobby pass' },
    ],
  },
  {
    id: 'mall-wifi',
    name: { 'zh-CN': '商场WiFi', en: 'Mall WIFI' },
    collected: { 'zh-CN': '手机号码', en: 'Phone number' },
    reasons: [{ 'zh-CN': '提供WiFi连接', en: 'Provide WIFI connection' }],
  },
]
