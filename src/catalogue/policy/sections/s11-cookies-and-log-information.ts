import type { PolicySectionBody } from '../../types'

/**
 * §11 Use of Cookies and Log Information.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section11: PolicySectionBody = {
  id: '11',
  paragraphs: [
    {
      id: '11.1',
      text: {
        'zh-CN':
          '如您访问我们的任何页面或使用我们的任何服务，我们可能使用Cookie存储和追踪有关您及您偏好的信息。Cookie是我们的网站传输至您的计算机或设备硬盘上的小型文本文件。我们使用Cookie是为了更好地为您服务，及/或在一次或多次会话中的多个页面之间保留您的信息。大多数网页浏览器会自动接受Cookie，但如中国大陆适用的数据保护法律有要求，我们将在处理该等Cookie前征得您的同意。部分Cookie是我们向您提供服务所必需的；如您禁用该等Cookie或拒绝接受该等Cookie，我们的页面可能无法正常运行。我们也可能请您接受Cookie，以便在您浏览我们的页面时为您提供最佳体验。',
        en: "If you visit any of our Pages or use any of our Services, we may use Cookies to store and track information about you and your preferences. Cookies are small text files that our website transfers to your computer's or device’s hard disk. We use Cookies to better serve you and/or maintain your information across multiple pages within or across one or more sessions. Most web browsers automatically accept Cookies, but where required by applicable Chinese Mainland data protection laws, we will ask for your consent before Processing those Cookies. There are some Cookies which are necessary for us to provide our Services to you. However, if you disable those Cookies or refuse to accept a request to accept those Cookies, our Pages may not function properly. We may also ask you to accept Cookies in order for us to provide you with the optimal experience when you browse our Pages.",
      },
    },
    {
      id: '11.2',
      text: {
        'zh-CN':
          'Cookie包含有关您及您偏好的信息。例如，如您查询价格及可预订情况，网站可能会创建一个包含您所输入详情的Cookie。Cookie也可能仅记录您访问过网站中的哪些页面，以便网站在您下次访问时为您定制显示内容。',
        en: 'Cookies contain information about you and your preferences. For example, if you inquire about rates and availability, the site might create a Cookie that contains the details you entered. Cookies might only contain a record of which pages within the site you visited, to help the site customise the view for you the next time you visit.',
      },
    },
    {
      id: '11.3',
      text: {
        'zh-CN':
          '只有您在访问网站时提供的信息或作出的选择才会存储在Cookie中。例如，除非您选择输入您的电子邮箱名称，否则网站无法识别该名称。允许网站创建Cookie并不会使该网站或任何其他网站能够访问您计算机中的其他内容，并且只有创建Cookie的网站才能读取该Cookie。',
        en: 'Only the information that you provide, or the choices you make while visiting a website, would be stored in Cookies. For example, the site cannot identify your email name unless you choose to input it. Allowing a website to create Cookies does not give that site or any other site access to the rest of your computer, and only the site that created the Cookies can read it.',
      },
    },
    {
      id: '11.4',
      text: {
        'zh-CN':
          '我们还可能收集有关您的IP地址、浏览器类型、域名和访问时间的日志信息。该等信息将用于内部研究目的。由于该等信息不与任何已识别或可识别的自然人相关联，因此可能与您的个人信息分开保存。在极少数情况下，IP地址可能被用于协助阻止及/或防止网站上的滥用或犯罪活动。',
        en: 'We may also collect Log Information regarding your IP address, browser type, domain name and access time. Such information will be used for internal research purposes. As it is not associated with any identified or identifiable natural person, it may be separate from your Personal Information. In rare instances, IP addresses may be used to assist in deterring and/or preventing abusive or criminal activities on the website.',
      },
    },
    {
      id: '11.5',
      text: {
        'zh-CN':
          '如您使用我们物业内提供的WiFi，我们可能收集您移动设备的MAC地址。我们可能使用您的MAC地址记录您的活动规律和偏好，以提升我们为您提供的服务水平。您的MAC地址可能与我们从第三方获得的其他信息相结合，以便为您提供更好的服务；如您已同意接收营销和推广信息，我们可能向您提供定向广告、内容、功能、优惠和折扣。',
        en: 'If you use the WiFi available at our properties, we may collect the MAC address of your mobile device. We may use your MAC address to keep track of your activity patterns and preferences in order to improve the level of service you receive. Your MAC address may be combined with other information we receive from third parties to provide you with better service and, where you have consented to receive marketing and promotions messages, we may provide you with targeted advertisements, content, features, deals and offers.',
      },
    },
    {
      id: '11.6',
      text: {
        'zh-CN':
          '如您在社交媒体平台上与我们互动（例如，您为我们的微博主页“点赞”、在我们的时间线上发帖，或关注我们的微信公众号），我们可以通过这些平台与您互动并向您发送信息。我们将按照社交媒体平台的规则与您互动，但我们对平台运营者如何收集和处理您的个人数据不承担责任。对于第三方在我们社交媒体账号上发布的内容，我们亦不承担责任。',
        en: 'If you interact with us on social media platforms (e.g. if you "Like" our Weibo Page or post on our Timeline, or subscribe to our WeChat Official Account), we can interact with you and send you messages via these platforms. We will interact with you in accordance with the rules of the social media platform but we are not responsible for how the platform operators collect and handle your personal data. We will not be responsible for what third parties post on our social media accounts.',
      },
    },
  ],
}
