import type { PolicySectionBody } from '../../types'

/**
 * §2 Scope of Personal Information We Collect.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section02: PolicySectionBody = {
  id: '2',
  paragraphs: [
    {
      id: '2.1',
      text: {
        'zh-CN':
          '我们收集的个人信息类型，取决于您所请求的或我们向您提供的具体服务类型，包括您不时提供的个人信息，以及我们不时收集、生成和汇总的有关您的个人信息。个人信息类型可能包括（但不限于）以下各项：',
        en: 'The types of Personal Information we collect will depend on the specific type of Services as requested by, or provided to, you, including Personal Information you provide from time to time and Personal Information we collect, generate and compile about you from time to time. The types of Personal Information may include (without limitation) the following:',
      },
      items: [
        {
          id: '2.1(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '您的个人资料（例如您的姓名、性别、出生日期、年龄或其他可识别个人身份的号码）；',
            en: 'your personal information (e.g. your name, gender, date of birth, age or other personally identifiable number);',
          },
        },
        // en: the stray trailing backslash of the source is dropped.
        {
          id: '2.1(b)',
          label: '(b)',
          text: {
            'zh-CN':
              '您的联系信息（例如电话号码、地址、微信账号、微信头像、电子邮箱地址和传真号码，包括您参加我们举办的活动（无论是事先报名参加的活动，还是随时向公众开放的活动）时，通过交换名片向我们披露的联系人及业务信息）；',
            en: 'your contact information (e.g. telephone numbers, addresses, WeChat accounts, WeChat avatars, email addresses and fax numbers, including your contacts and business information you disclosed to us through the exchange of business cards when you participate in events and activities conducted by us, whether registered in advance or open to the public at any time);',
          },
        },
        {
          id: '2.1(c)',
          label: '(c)',
          text: {
            'zh-CN':
              '与您使用我们的微信小程序服务相关的微信支付信息及相关订单列表、会员积分累积与兑换、电子优惠券领取与使用、会员自助停车订单以及页面访问信息；',
            en: 'your WeChat pay information and related order list, loyalty member bonus points collection and redemption, e-coupons collection and usage, members self-help parking orders and page visits information relevant to your use of our WeChat mini programme services;',
          },
        },
        {
          id: '2.1(d)',
          label: '(d)',
          text: {
            'zh-CN':
              '与您使用我们的信息服务或任何服务相关的信息（例如行为信息、浏览器详情、IP地址、购买记录、位置信息等）；',
            en: 'information relevant to your use of our Information Services or any Services (e.g. behavioural information, browser details, IP addresses, purchasing history, location information, etc.);',
          },
        },
        // "Other Information" is said to be defined in §2.2, which defines no such term: kept.
        {
          id: '2.1(e)',
          label: '(e)',
          text: {
            'zh-CN':
              '您使用我们的信息服务或任何服务时存储的信息（包括“日志信息”、“位置信息”及“其他信息”，定义见下文第2.2条）；及/或',
            en: 'information stored when you use our Information Services or any Services (including "Log Information", "Location Information" and "Other Information", as defined in paragraph 2.2 below); and/or',
          },
        },
        {
          id: '2.1(f)',
          label: '(f)',
          text: {
            'zh-CN':
              '第三方在使用我们的服务时提供的与您有关的共享信息（请参阅下文“我们如何共享您的信息”部分）。',
            en: 'shared information about you as provided by third parties when they use our Services (Please refer to “How we share your information” below).',
          },
        },
      ],
    },
    {
      id: '2.2',
      text: {
        'zh-CN': '当您使用我们的服务（包括信息服务）时，我们还可能收集以下信息：',
        en: 'When you use our Services (including Information Services), we may also collect the following information:',
      },
      items: [
        {
          id: '2.2(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '日志信息，指您使用我们的服务时，系统可能通过Cookie或其他方式自动收集的技术信息（“日志信息”），包括：',
            en: 'log information, which refers to the technical information that the system may automatically collect through Cookies or other means when you use our Services ("Log Information"), including:',
          },
          items: [
            {
              id: '2.2(a)(i)',
              label: '(i)',
              text: {
                'zh-CN':
                  '设备或软件信息，例如您的移动设备、网页浏览器或您用于访问我们服务的其他程序所提供的配置信息，您的互联网协议（IP）地址和媒体访问控制（MAC）地址，以及您移动设备的版本和设备识别码；',
                en: 'device or software information, e.g. configurations provided by your mobile device, web browser or other programs that you use to access our Services, your Internet Protocol (IP) address and Media Access Control (MAC) address and version of your mobile device and device identification number;',
              },
            },
            {
              id: '2.2(a)(ii)',
              label: '(ii)',
              text: {
                'zh-CN':
                  '您在使用我们的服务时搜索和浏览的信息，例如您使用的网页搜索词、您访问的社交媒体页面的网址，以及您在使用我们的服务时浏览或请求的其他信息和内容详情；',
                en: 'information you search and browse while using our Services, e.g. the web search terms you use, URL of the social media page you visit, and other information and content details that you browse or request while using our Services;',
              },
            },
            {
              id: '2.2(a)(iii)',
              label: '(iii)',
              text: {
                'zh-CN':
                  '您此前使用过的应用程序及其他软件的信息，以及您此前使用该等应用程序和软件的日志数据；',
                en: 'information of the App and other software that you have previously used, and the log data of your previous use of such App and software;',
              },
            },
            {
              id: '2.2(a)(iv)',
              label: '(iv)',
              text: {
                'zh-CN':
                  '您通过使用我们的服务进行通讯的相关信息，例如用于通讯的账号，以及通讯的时间、数据和时长；及/或',
                en: 'information about your communications through using our Services, e.g. the accounts that were used to communicate, and the time, data and duration; and/or',
              },
            },
            {
              id: '2.2(a)(v)',
              label: '(v)',
              text: {
                'zh-CN':
                  '您通过使用我们的服务所分享内容中包含的信息（元数据），例如所分享的照片或视频的拍摄或上传日期、时间或地点。',
                en: 'information (metadata) contained in the content that you have shared through using our Services, e.g. date, time or location of shared photographs or videos taken or uploaded.',
              },
            },
          ],
        },
        {
          id: '2.2(b)',
          label: '(b)',
          text: {
            'zh-CN':
              '位置信息，指当您开启设备的定位功能并使用我们相关的基于位置的服务时，我们收集的有关您所在位置的信息（“位置信息”），包括：',
            en: 'location information, which refers to the information about your location that we collect when you turn on the positioning function of your device and use our related location-based services ("Location Information"), including:',
          },
          items: [
            {
              id: '2.2(b)(i)',
              label: '(i)',
              text: {
                'zh-CN':
                  '当您通过具有定位功能的移动设备使用我们的服务时，我们通过GPS或WiFi等方式收集的您的位置信息；',
                en: 'your location information we collect through GPS or WiFi etc., when you use our Services with your mobile device with positioning function;',
              },
            },
            {
              id: '2.2(b)(ii)',
              label: '(ii)',
              text: {
                'zh-CN':
                  '您或其他用户提供的包含您地理位置的实时信息，例如您提供的账户信息中所含的您的位置信息、您或他人上传的显示您当前或以往地理位置的共享信息，例如您或他人分享的照片中所含的地理标记信息；及/或',
                en: 'real-time information provided by you or other users that includes your geographic location, e.g. your location information contained in the account information you provide, shared information uploaded by you or others that shows your current or previous geographic location, e.g. geo-tagging information contained in photographs shared by you or others; and/or',
              },
            },
            // en ends with a dangling "; and" and no §2.2(c) follows in the source (perhaps the
            // "Other Information" of §2.1(e)): kept; zh-CN closes the list with a full stop.
            {
              id: '2.2(b)(iii)',
              label: '(iii)',
              text: {
                'zh-CN': '您可以随时关闭定位功能，以停止我们对您位置信息的收集。',
                en: 'you may cease our collection of your Location Information at any time by turning off the positioning function; and',
              },
            },
          ],
        },
      ],
    },
    {
      id: '2.3',
      text: {
        'zh-CN':
          '我们可以通过多种方式收集您的个人信息：我们可能直接向您收集您的个人信息（例如您预订我们的服务或注册我们的会员计划时）；为便于您使用我们的服务，我们也可能从第三方（包括我们的代理商和服务提供商）处收集您的个人信息；或在您参加我们的活动时收集您的个人信息。',
        en: 'There are several ways for us to collect your Personal Information, including that we may directly collect your Personal Information from you (such as when you reserve for our Services or register for our membership programme), or we may collect your Personal Information from third parties including our agents and services providers to facilitate your use of our Services, or we may collect your Personal Information when you participate in our activities.',
      },
    },
    {
      id: '2.4',
      text: {
        'zh-CN':
          '使用我们的服务需要您提供个人信息。如您未能提供我们所要求的个人信息，我们可能无法向您提供相关服务或产品。您向我们提供个人信息，即表示您确认您是在充分知情的前提下决定提供该等个人信息的。',
        en: 'Your Personal Information is required for the use of our Services. If you fail to supply such Personal Information requested, we may not be able to deliver to you the relevant services or products. By providing your Personal Information to us, you acknowledge that you have made an informed decision in providing such Personal Information.',
      },
    },
  ],
}
