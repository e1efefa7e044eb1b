/**
 * The window event the support page fires after a new site check, so that the
 * admin-bar badge on the same screen follows without a reload.
 */
export const FACTS_EVENT = 'dokan-support-check:facts';
