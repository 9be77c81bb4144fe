import type { PolicySectionBody } from '../../types'

/**
 * §5 Third-party Services.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section05: PolicySectionBody = {
  id: '5',
  paragraphs: [
    {
      id: '5.1',
      text: {
        'zh-CN':
          '为更好地向您提供服务，我们的服务可能包含或链接至第三方提供的社交媒体或其他服务（包括网站、移动应用程序等），例如：',
        en: 'In order to better provide our Services to you, our Services may include or link to social media or other services (including websites, mobile applications, etc.) provided by third parties, e.g.:',
      },
      items: [
        {
          id: '5.1(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '您可以使用“分享”按钮分享我们服务中的某些内容，或通过第三方的连接服务登录我们的服务。这些功能可能会收集您的信息（包括您的日志信息），并可能向您的计算机传输Cookie，以保证上述功能正常运行；',
            en: 'You may share certain content with our Services using the “Share” button, or you may log in to our Services through the connection services of third parties. Your information (including your Log Information) may be collected through these functions, and Cookies may be transferred to your computer for normal operation of the above functions;',
          },
        },
        {
          id: '5.1(b)',
          label: '(b)',
          text: {
            'zh-CN':
              '我们通过广告或我们服务中的其他方式向您提供链接，使您可以访问第三方服务或网站。',
            en: 'We provide you with links through advertisements or other means of our Services that give you access to third-party services or websites.',
          },
        },
      ],
    },
    {
      id: '5.2',
      text: {
        'zh-CN':
          '所有该等第三方网站均独立于我们的网站，我们无法控制该等第三方网站的内容、其隐私政策或其守法情况。因此，您应充分知悉，我们提供该等链接并不构成我们或我们的集团公司对其的认可、批准或任何形式的关联。我们无法控制您向这些网站提交的个人信息，因此，当您离开我们的网站时，请保持警惕。您对该等第三方社交媒体服务或其他服务的使用（包括您通过使用其服务直接向该等第三方提供的任何个人信息）受该第三方自身的服务条款和隐私政策（而非本隐私政策）约束，请您仔细阅读。本隐私政策仅适用于我们收集的个人信息，不适用于任何第三方在向您提供服务时向您收集的任何信息；对于您直接向其提供信息的任何第三方使用个人信息的行为，我们不承担任何责任。',
        en: "All such third-party websites are independent from our websites, and we have no control over the contents of such third-party websites, their privacy policies or compliance with the law. You should therefore be fully aware that the provision of such links does not constitute an endorsement, approval, or any form of association by or with us or our Group Companies. We have no control over Personal Information that you have submitted to these websites. Therefore, you should remain alert when you leave our websites. Your use of such third-party social media services or other services (including any Personal Information you provide directly to such third parties through the use of their services) are subject to the third party's own terms and conditions of service and privacy policy (and not this Privacy Policy), which you have to read carefully. This Privacy Policy applies only to any Personal Information we collect and does not apply to any information that any third party collects from you when they provide their services to you, and we do not take any responsibility for the use of Personal Information by any third party to whom you provide the information directly.",
      },
    },
  ],
}
