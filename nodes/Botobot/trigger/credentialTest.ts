import { webhookSecretTest } from '../../shared/trigger/webhook/credentialTest';
import { urlSecretProblem } from '../../shared/trigger/webhook/urlSecret';

/** Botobot cannot be asked about a callback secret: it only calls the URL it was given. */
export const botobotWebhookSecretTest = webhookSecretTest({
	problem: urlSecretProblem,
	usable: 'The secret can be used in the callback URL. Botobot itself cannot be asked to confirm it.',
});
