import { webhookSecretTest } from '../../shared/trigger/webhook/credentialTest';
import { pastedSecretProblem } from '../../shared/trigger/webhook/pastedSecret';

/** Broniboy has no endpoint to check a signing secret against. */
export const broniboyWebhookSecretTest = webhookSecretTest({
	problem: (secret) => pastedSecretProblem(secret, 'signing secret'),
	usable: 'The signing secret looks usable. Broniboy itself cannot be asked to confirm it.',
});
