export { PurchaseEmailSetting } from './purchase-email-setting';
export type { PurchaseEmailSettingProps } from './purchase-email-setting';
