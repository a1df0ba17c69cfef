/** Shared by playwright.config.ts (server env) and the specs that call the admin route. */
export const E2E_ADMIN_TOKEN = "e2e-admin-token";
