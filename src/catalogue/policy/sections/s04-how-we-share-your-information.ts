import type { PolicySectionBody } from '../../types'

/**
 * §4 How We Share Your Information.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section04: PolicySectionBody = {
  id: '4',
  paragraphs: [
    {
      id: '4.1',
      text: {
        'zh-CN':
          '我们不会向将按照其自身的处理目的和处理方式处理您个人信息的第三方个人信息处理者转移及/或披露您的个人信息。',
        en: 'We will not transfer and/or disclose your Personal Information to Third Party Personal Information Handlers who will Process your Personal Information according to their own purposes and methods of Processing.',
      },
    },
    {
      id: '4.2',
      text: {
        'zh-CN':
          '此外，我们可能向我们委托的、仅代表我们处理您个人信息的第三方转移及/或披露您的个人信息，包括为我们或我们集团公司的业务（包括其直接营销活动）提供行政、营销与研究、分销、数据处理、电话营销、电信、计算机、支付或其他服务，或为上述业务的运营提供支持的任何代理商、承包商或第三方服务提供商。您可以联系我们，了解我们从中国大陆向其提供个人信息的境外接收方的情况。',
        en: 'Furthermore, we may transfer and/or disclose your Personal Information to third parties appointed by us who only Process your Personal Information on our behalf, including any agent, contractor or third-party service provider who provides administrative, marketing and research, distribution, data processing, telemarketing, telecommunications, computer, payment or other services to or support the operation of our or our Group Companies’ business (including its/their direct marketing activities). You can contact us for information about the overseas parties to whom we provide personal information from Chinese Mainland.',
      },
    },
    {
      id: '4.3',
      text: {
        'zh-CN':
          '除上文第4.1条、第4.2条及第3.8条所述情形外，我们不会与任何其他第三方共享您的个人信息，但我们可能以汇总或匿名化的形式，与第三方共享数据或统计信息（不属于个人信息）。',
        en: 'Other than those stated in paragraphs 4.1, 4.2 and 3.8 above, we will not share your Personal Information with any other third parties, except that we may share data or statistics (which are not Personal Information) with third parties in aggregated or anonymised form.',
      },
    },
    {
      id: '4.4',
      text: {
        'zh-CN':
          '当我们与上述任何第三方共享您的个人信息时，我们将尽力确保（包括采取合同措施、对传输进行加密等）该等第三方在使用您的个人信息时，遵守本隐私政策以及我们要求其遵守的其他适当的保密和安全措施，但您通过使用第三方的服务直接向其提供的个人信息（如本隐私政策第5.2条所述）除外。',
        en: 'When we share your Personal Information with any of the above third parties, we will strive to ensure (including using contractual measures, adopting encryption for transfer to ensure) that such third parties comply with this Privacy Policy and other appropriate confidentiality and security measures that we require them to comply with when using your Personal Information, except for the Personal Information you provide directly to the third parties through the use of their services as described in paragraph 5.2 of this Privacy Policy.',
      },
    },
    {
      id: '4.5',
      text: {
        'zh-CN':
          '随着我们业务的持续发展，我们可能进行合并、收购、解散、清算、资产转让或类似交易。在该等情况下，我们将：(i) 按照中国大陆适用的数据保护法律的要求，告知您所有相关信息；以及 (ii) 您的个人信息可能被转移给我们（及/或我们集团公司）全部或任何部分业务及/或资产的实际受让方或购买方，以及在该等情况下我们的服务提供商。',
        en: 'With the continuous development of our business, we may engage in mergers, acquisitions, dissolution, liquidation, transfer of assets or similar transactions, and in such cases, we shall: (i) inform you all such information that is required under applicable Chinese Mainland data protection laws; and (ii) your Personal Information may be transferred to any actual assignee or purchaser of all or any part of our (and/or our Group Companies) business and/or assets; and our service providers in these situations.',
      },
    },
  ],
}
