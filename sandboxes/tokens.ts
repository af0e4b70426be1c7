/** The secrets the sandboxes accept. Not secret: they only open local test servers. */
export const SANDBOX_TOKENS = {
	keyCrmApiKey: 'keycrm-sandbox-key-3f9c',
	aplautToken: 'aplaut-sandbox-token-8d21',
	/** The secret the Aplaut sandbox puts into the body of the review webhooks it sends. */
	aplautWebhookSecret: 'aplaut-hook-secret-5e7b',
	broniboyAppToken: 'broniboy-sandbox-app-token-51be',
	/** Broniboy answers this one with 403 "token blocked". */
	broniboyBlockedToken: 'broniboy-blocked-token-0000',
	broniboyWebhookSecret: 'broniboy-webhook-secret-c0ffee',
	botobotToken: 'botobot-sandbox-token-77aa19',
	/** The Botobot Trigger's callback secret in the examples (a URL-safe text of 16+ characters). */
	botobotCallbackSecret: 'botobot-callback-secret-5e1d7a',
} as const;
