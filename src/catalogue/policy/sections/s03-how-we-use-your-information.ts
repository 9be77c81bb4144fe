import type { PolicySectionBody } from '../../types'

/**
 * §3 How We Use Your Information.
 * en: the client's English text, verbatim (whitespace normalised); zh-CN: our Chinese
 * rendering. The Chinese version prevails (§15.1).
 */
export const section03: PolicySectionBody = {
  id: '3',
  paragraphs: [
    {
      id: '3.1',
      text: {
        'zh-CN': '我们向您提供服务时，可能为以下一项或多项目的处理您的以下个人信息：',
        en: 'When we provide our Services to you, we may Process the following Personal Information of yours for one or more of the following purposes:',
      },
      items: [
        // "(see paragraph below)" names no paragraph: kept.
        {
          id: '3.1(a)',
          label: '(a)',
          text: {
            'zh-CN': '为本条所述目的，与我们及其他第三方（见下文条款）共享您的个人信息；',
            en: 'sharing your Personal Information with us and other third parties (see paragraph below) for the purposes contemplated under this paragraph;',
          },
        },
        {
          id: '3.1(b)',
          label: '(b)',
          text: {
            'zh-CN': '就注册、订阅、付款及/或提供可能向您提供的服务，对个人信息进行识别和验证；',
            en: 'identification and verification of Personal Information in connection with registration, subscription, payment and/or provision of the Services that may be supplied to you;',
          },
        },
        {
          id: '3.1(c)',
          label: '(c)',
          text: {
            'zh-CN': '为任何服务提供付款便利并收取付款，包括与第三方核对采购订单详情；',
            en: 'facilitating and receiving payment for any of the Services, including verification of purchase order details with third parties;',
          },
        },
        {
          id: '3.1(d)',
          label: '(d)',
          text: {
            'zh-CN':
              '通过我们的网站或其他电信渠道（包括我们在微信上的账号页面（“页面”））向您提供服务内容；',
            en: 'providing you with Services content on our website or other telecommunications channels, including our account page on WeChat / Weixin (“Pages”);',
          },
        },
        {
          id: '3.1(e)',
          label: '(e)',
          text: {
            'zh-CN':
              '为您向我们或我们的任何子公司、控股公司、其任何直接或间接子公司，或我们的任何合营企业或关联公司（“集团公司”）进行预订，或通过上述主体进行预订提供便利；',
            en: 'facilitating reservations with or through us or any of our subsidiaries, holding companies, any of their direct or indirect subsidiaries, or any of our joint ventures or associated companies (“Group Companies”);',
          },
        },
        {
          id: '3.1(f)',
          label: '(f)',
          text: {
            'zh-CN':
              '为与商户（定义见第3.1(k)条）进行我们在中国大陆的物业组合的租赁、开发、出售、购买及/或管理提供便利，并管理我们与商户之间的持续关系；',
            en: 'facilitating the leasing, development, sale, purchase and/or management of our portfolio properties in the Chinese Mainland with Merchants (as defined in paragraph 3.1(k)), and managing our ongoing relationships with Merchants;',
          },
        },
        // en keeps the client's typo "msanage". §4.1 defines neither "Merchants" nor handlers that
        // receive data (it says none do): cross-references kept as written.
        {
          id: '3.1(g)',
          label: '(g)',
          text: {
            'zh-CN':
              '对我们、我们的集团公司及/或商户（定义见下文第3.1(k)条及第4.1条）的服务及/或活动（定义见下文第3.1(k)条）进行营销或推广。我们、我们的集团公司或第三方个人信息处理者（定义见下文第4.1条）可能通过电子邮件、信函、电话、短信、微信推送等方式，（免费）向您发送与上述服务（由我们或我们的集团公司提供）、活动（由商户举办）或由我们或我们的集团公司在我们管理的物业组合内举办的活动相关的任何新闻、最新优惠、促销或营销信息，或由直接营销供应商向您发送的任何直接营销信息，包括但不限于与以下领域相关的产品、设施、服务、会员计划、奖励计划、活动、竞赛、抽奖、促销、博客、通讯及/或项目信息（“商业信息”）：文化、娱乐及体育设施和活动，商业及住宅物业，餐厅，水疗，消费品，餐饮，图书文具，时装及配饰，儿童用品，钟表、珠宝及其他奢侈品，眼部护理产品，个人护理产品，健康美容产品及服务，家居装饰及家电，花店，体育用品，电子产品及电器，银行及金融服务，慈善活动，机动车及停车设施；',
            en: 'marketing or promotions of the Services and/or Activities (as defined in paragraph 3.1(k) below) of us, our Group Companies and/or the Merchants (as defined in paragraph 3.1(k) and 4.1 below). We, our Group Companies or the Third Party Personal Information Handlers (as defined in paragraph 4.1 below) may send you (at no charge) any news, latest offers, promotions or marketing information relating to those Services (provided by us or our Group Companies), Activities (held by Merchants) or activities held by us or our Group Companies in the portfolio of properties we msanage via email, letter correspondences, telephone, text messages, WeChat Push etc., or any direct marketing information sent to you by direct marketing suppliers, including but not limited to products, facilities, services, membership programmes, reward programmes, activities, contests, lucky draws, promotions, blogs, communications and/or project information (“Business Information”) related to cultural, entertainment and sports facilities and activities, commercial and residential properties, restaurants, spas, consumer products, food and beverages, books and stationery, fashion and accessories, children’s products, watches, jewellery and other luxury goods, eye-care products, personal care products, health and beauty products and services, household decoration and appliances, florists, sporting goods and products, electronic products and electrical appliances, banks and financial services, charity activities, motor vehicles and parking facilities;',
          },
        },
        {
          id: '3.1(h)',
          label: '(h)',
          text: {
            'zh-CN':
              '为慈善或非营利事业（包括扶贫、促进教育或宗教、促进健康、救助生命、救助灾害或疫情受害者、救助残障人士、帮助因年幼、年老、性别、民族、疾病、经济困难或其他不利条件而有需要的人士、保护动物、保护和改善环境，或任何其他有益于社会的慈善目的）进行宣传并募集捐赠或捐助；',
            en: 'promoting and soliciting donations or contributions for charitable or non-profit making causes (including poverty alleviation, advancement of education or religion, health promotion, life-saving, relief to victims of disasters or epidemics, relief to persons with disabilities, assistance to those in need due to young age, old age, gender, ethnicity, ill health, financial hardship or other disadvantageous conditions, protection of animals, protection and improvement of environment, or any other charitable purpose for the benefit of the society);',
          },
        },
        {
          id: '3.1(i)',
          label: '(i)',
          text: {
            'zh-CN':
              '通过电子邮件、信函、电话、微信推送或其他方式与您沟通，包括就您对我们服务可能提出的任何咨询或反馈与您联系；',
            en: 'communicating with you by email, letter correspondences, telephone, WeChat Push or other means, including contacting you regarding any enquiries or feedback that you may have about our Services;',
          },
        },
        {
          id: '3.1(j)',
          label: '(j)',
          text: {
            'zh-CN':
              '不时开展研究及/或分析，以便更好地了解您在购物、餐饮、消费支出及/或其他方面的消费需求、偏好、兴趣、体验及/或习惯；',
            en: 'conducting research and/or analysis from time to time to better understand your shopping, dining, spending and/or other consumption needs, preferences, interests, experiences and/or habits;',
          },
        },
        {
          id: '3.1(k)',
          label: '(k)',
          text: {
            'zh-CN':
              '设计新的及/或改进现有的与我们或我们集团公司的物业组合或该等物业组合内的租户（“商户”）相关的服务、产品、设施、活动、竞赛、抽奖及/或其他项目（合称“活动”），及/或管理由我们或我们的集团公司（或代表我们）或由商户举办的任何活动；',
            en: 'designing new and/or enhancing existing Services, products, facilities, activities, contests, lucky draws and/or other projects relating to our or our Group Companies’ portfolio of properties or tenants in such portfolios of properties (“Merchants”) (together, the “Activities”), and/or administering any of the Activities conducted by us or our Group Companies (or on our behalf) or by the Merchants;',
          },
        },
        {
          id: '3.1(l)',
          label: '(l)',
          text: {
            'zh-CN': '提供客户支持服务，并管理与我们的商户之间的关系；',
            en: 'providing customer support services and managing relationship with our Merchants;',
          },
        },
        {
          id: '3.1(m)',
          label: '(m)',
          text: {
            'zh-CN':
              '为任何会员、积分或奖励计划（包括我们可能不时与其他品牌合作开展的联合计划）的申请提供便利，并运营和管理该等计划；',
            en: 'facilitating applications of, and operating and administering any membership, loyalty or reward programmes (including joint collaborations with other brands that we may partner with from time to time);',
          },
        },
        {
          id: '3.1(n)',
          label: '(n)',
          text: {
            'zh-CN':
              '在任何司法管辖区的法律、法规或法院命令要求时，及/或应任何政府、监管或执法机关或行政机构（可能位于中国大陆境内或境外）的要求进行披露；及',
            en: 'making disclosures when required by law, regulation, or court order of any jurisdiction and/or as requested by any government, regulatory or law enforcement authority or administrative organisation, which may be within or outside the Chinese Mainland; and',
          },
        },
        {
          id: '3.1(o)',
          label: '(o)',
          text: {
            'zh-CN':
              '确立法律主张或抗辩，及/或获取法律意见，及/或行使、维护及/或保护我们及我们集团公司的权利或财产，包括识别、联系任何可能（无论是否有意）干扰该等权利或财产的人士或对其提起法律诉讼，或在该等干扰行为可能导致任何其他人受到伤害或其财产受到损害时采取上述行动。',
            en: 'establishing legal claims or defences, and/or obtaining legal advice, and/or exercising, safeguarding and/or protecting the rights or properties of us and our Group Companies, including identifying, contacting or bringing legal action against any person who may be causing interference with such rights or properties (whether intentionally or otherwise) or where any other person could be harmed or property of any other person could be damaged by such interfering activities.',
          },
        },
      ],
    },
    {
      id: '3.2',
      text: {
        'zh-CN':
          '未经您事先同意，我们不会在明知或故意的情况下，以与上述目的无关的方式使用、共享或出售您的个人信息。',
        en: 'We will not knowingly or intentionally use, share or sell your Personal Information in ways which are unrelated to the above purposes without your prior consent.',
      },
    },
    {
      id: '3.3',
      text: {
        'zh-CN':
          '我们可能不时通过短信向您发送本隐私政策第3.1(g)条所述的商业信息。如您不同意接收该等信息，请回复告知我们。',
        en: 'We may send you Business Information referred to in paragraph 3.1 (g) of this Privacy Policy by text message from time to time. If you do not agree to receive such information, please reply and let us know.',
      },
    },
    {
      id: '3.4',
      text: {
        'zh-CN':
          '如您曾同意接收商业信息，但今后不希望再接收，您可以随时通过以下适用方式免费选择不再接收或退订我们的商业信息：',
        en: 'If you agreed to receive Business Information, but do not wish to receive Business Information in the future, you may opt out of receiving or unsubscribe from our Business Information at any time, free of charge, by the following applicable means:',
      },
      items: [
        {
          id: '3.4(a)',
          label: '(a)',
          text: {
            'zh-CN': '按照营销短信中的“回复”指引退订；或',
            en: 'unsubscribing by following the "Reply To" instructions contained in the marketing text message; or',
          },
        },
        {
          id: '3.4(b)',
          label: '(b)',
          text: {
            'zh-CN': '按照电子邮件中的退订指引或超链接退订；或',
            en: 'following the unsubscribe instructions or hyperlink in the email; or',
          },
        },
        {
          id: '3.4(c)',
          label: '(c)',
          text: {
            'zh-CN': '按照移动应用程序中的退订指引退订；或',
            en: 'following the unsubscribe instructions in the mobile application; or',
          },
        },
        {
          id: '3.4(d)',
          label: '(d)',
          text: {
            'zh-CN': '在接到我们的营销电话时，告知我们您不再希望接收商业信息；或',
            en: 'notifying us that you no longer wish to receive Business Information when receiving our marketing calls; or',
          },
        },
        {
          id: '3.4(e)',
          label: '(e)',
          text: {
            'zh-CN': '按照第10.2条所列方式通知我们，您不再希望通过任何渠道接收商业信息。',
            en: 'notifying us in the manner set out in paragraph 10.2 that you no longer wish to receive Business Information through any channel.',
          },
        },
      ],
    },
    {
      id: '3.5',
      text: {
        'zh-CN':
          '我们可能在必要时向您发送与服务相关的公告（例如因系统维护而暂停某项服务时）。该等公告与服务相关，不具有推广性质，您可能无法选择不接收。',
        en: 'We may issue Service-related announcements to you when necessary (e.g. when we suspend a Service due to system maintenance). You may not be able to opt out of these announcements which are Service-related and not promotional in nature.',
      },
    },
    {
      id: '3.6',
      text: {
        'zh-CN':
          '为提升您的体验、改进我们的服务或用于您同意的其他用途，在遵守适用法律法规的前提下，我们可能将通过某项服务收集的个人信息进行整合或定制，供我们的其他服务使用。例如，您使用我们某项服务时收集的个人信息，可能在另一项服务中用于向您提供与您相关、而非普遍发布的特定内容或信息展示。如我们在相关服务中提供了相应选项，您也可以要求我们将您在该服务中提供并存储的个人信息用于我们的其他服务。',
        en: 'In order to enhance your experience, to improve our Services or for other uses to which you agreed, we, subject to compliance with applicable laws and regulations, may combine or customize the Personal Information we collected through one of our Services and make them available for use in our other Services. For example, Personal Information collected when you use one of our Services may be used in another Service for the provision of specific content or display of information to you which is relevant to you but not otherwise distributed generally. You may also request that we use the Personal Information you provided and stored in the relevant Service for use in our other Services, if we provide the option in the relevant Service.',
      },
    },
    {
      id: '3.7',
      text: {
        'zh-CN':
          '我们在不同平台（例如我们的移动应用程序、网站、短信等）向您提供服务时，可能不时提示您注意某些特定的隐私政策（“特定隐私政策”）。该等特定隐私政策将更具体地说明我们如何为相应服务处理您的信息。',
        en: 'We may from time to time remind you of certain specific privacy policies ("Specific Privacy Policy(ies)") when providing Services to you on different platforms (e.g. our mobile application, website, text messages, etc.). Such Specific Privacy Policies will more precisely describe how we Process your information for such Services.',
      },
    },
    {
      id: '3.8',
      text: {
        'zh-CN': '如存在以下任一情形，我们处理您的个人信息无需取得您的同意：',
        en: 'We shall not be required to obtain your consent to Process your Personal Information if any of the following situations applies:',
      },
      items: [
        {
          id: '3.8(a)',
          label: '(a)',
          text: {
            'zh-CN':
              '为订立、履行您作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；',
            en: 'where the Processing of Personal Information is necessary for the conclusion or performance of a contract to which you are a contracting party, or where it is necessary to carry out human resources management according to lawfully formulated labour rules and lawfully concluded collective contracts;',
          },
        },
        {
          id: '3.8(b)',
          label: '(b)',
          text: {
            'zh-CN':
              '为履行法定职责或者法定义务所必需，例如在任何司法管辖区的法律、法规或法院命令要求时，及/或应任何政府、监管或执法机关或行政机构（可能位于中国大陆境内或境外）的要求进行披露；',
            en: 'where it is necessary to perform a statutory responsibility or obligation, for example, making disclosures when required by law, regulation, or court order of any jurisdiction and/or as requested by any government, regulatory or law enforcement authority or administrative organisation, which may be within or outside the Chinese Mainland;',
          },
        },
        {
          id: '3.8(c)',
          label: '(c)',
          text: {
            'zh-CN':
              '为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；',
            en: 'if the Processing of Personal Information is necessary to respond to a public health emergency, or to protect the life, health or property safety of an individual in case of an emergency;',
          },
        },
        {
          id: '3.8(d)',
          label: '(d)',
          text: {
            'zh-CN': '为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；',
            en: 'where Personal Information is processed within a reasonable scope to carry out news reporting, public opinion supervision or any other activity for public interest purposes;',
          },
        },
        {
          id: '3.8(e)',
          label: '(e)',
          text: {
            'zh-CN': '依照适用法律，在合理的范围内处理您自行公开或者其他已经合法公开的个人信息；',
            en: 'where the Processing relates to Personal Information disclosed by you or otherwise already lawfully disclosed, within a reasonable scope in accordance with applicable laws;',
          },
        },
        {
          id: '3.8(f)',
          label: '(f)',
          text: {
            'zh-CN': '处理个人信息与下列事项直接相关：',
            en: 'if the Processing of Personal Information is directly related to:',
          },
          items: [
            {
              id: '3.8(f)(i)',
              label: '(i)',
              text: {
                'zh-CN': '国家安全、国防安全；',
                en: 'national security and national defence;',
              },
            },
            {
              id: '3.8(f)(ii)',
              label: '(ii)',
              text: {
                'zh-CN': '公共安全、公共卫生、重大公共利益；或',
                en: 'public safety, public health and major public interest; or',
              },
            },
            {
              id: '3.8(f)(iii)',
              label: '(iii)',
              text: {
                'zh-CN': '刑事侦查、起诉、审判和判决执行等相关事项。',
                en: 'criminal investigations, criminal prosecutions, adjudication or enforcement of judgments, or other related matters.',
              },
            },
          ],
        },
      ],
    },
  ],
}
