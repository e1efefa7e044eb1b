/**
 * Stylesheets imported for their side effect; webpack (wp-scripts) extracts them into
 * build/<entry>.css.
 */
declare module '*.scss';
