import { webhookSecretTest } from '../../shared/trigger/webhook/credentialTest';
import { urlSecretProblem } from '../../shared/trigger/webhook/urlSecret';

/** KeyCRM has nothing to check a webhook secret against: it only calls the URL it was given. */
export const keyCrmWebhookSecretTest = webhookSecretTest({
	problem: urlSecretProblem,
	usable: 'The secret can be used in the webhook URL. KeyCRM itself cannot be asked to confirm it.',
});
