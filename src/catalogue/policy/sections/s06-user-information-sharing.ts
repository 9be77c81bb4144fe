import type { PolicySectionBody } from '../../types'

/**
 * §6 Reminder About User Information Sharing.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section06: PolicySectionBody = {
  id: '6',
  paragraphs: [
    {
      id: '6.1',
      text: {
        'zh-CN':
          '我们的多项服务允许您公开分享您的相关信息，分享对象不仅包括您的社交网络，还包括该等服务的所有用户，例如您通过我们的服务上传或发布的信息（包括您公开的个人信息、您创建的列表）、您对他人上传或发布的信息作出的回应，以及相关的位置信息和日志信息。我们服务的其他用户也可能分享与您相关的信息（包括位置信息和日志信息）。特别是，我们的社交媒体服务专为让您与全球用户分享信息而设计，使分享的信息能够实时、广泛地传播。只要您不删除所分享的信息，该等信息就会一直处于公开状态；即使您删除了所分享的信息，该等信息仍可能被其他用户或不受我们控制的无关第三方独立缓存、复制或存储，或由其他用户或该等第三方继续公开保存。因此，请您审慎考虑通过我们的服务上传、发布和交流的信息内容。',
        en: 'Our various Services allow you to publicly share your relevant information, not only with your social networks but also with all users of those Services, e.g., the information you upload or post through our Services (including your publicised Personal Information, the lists you have created), your responses to information uploaded or posted by others, the relevant Location Information and Log Information. Other users of our Services may also share your related information (including Location Information and Log information). In particular, our social media services are specifically designed to allow you to share information with users around the world so that shared information can be delivered real time and extensively. As long as you do not delete the shared information, the information remains in the public domain; even if you delete the shared information, the information may still be cached, copied or stored independently by another user or unrelated third parties not controlled by us, or kept by other users or such third parties in the public domain. Therefore, you should carefully consider the content of the information you upload, post and exchange through our Services.',
      },
    },
  ],
}
