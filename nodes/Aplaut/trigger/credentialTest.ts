import { webhookSecretTest } from '../../shared/trigger/webhook/credentialTest';
import { pastedSecretProblem } from '../../shared/trigger/webhook/pastedSecret';

/** Aplaut has no endpoint to check a webhook secret against. */
export const aplautWebhookSecretTest = webhookSecretTest({
	problem: (secret) => pastedSecretProblem(secret, 'webhook secret'),
	usable: 'The webhook secret looks usable. Aplaut itself cannot be asked to confirm it.',
});
