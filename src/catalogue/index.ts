/** The catalogue's data in one place: the policy, its purposes and the data they cover. */
export { dataCategories, dataCategoryById, type DataCategoryId } from './data-categories'
export { currentPolicyVersion, policy, policyVersionHistory } from './policy'
export { purposeById, purposeGroupsOrder, purposeIds, purposes, type PurposeId } from './purposes'
export { purposeCopy, purposeNames } from './purpose-copy'
