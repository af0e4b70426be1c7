import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

/** Shorter than this is more likely a typo or a placeholder than a hook's secret (the same floor as the package's other webhook secrets). */
export const MIN_WEBHOOK_SECRET_LENGTH = 16;

/**
 * Aplaut has no endpoint to check a webhook secret against: the test checks what can be checked
 * here — the secret is there, long enough, and has no stray spaces from copy-paste.
 */
export async function aplautWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const secret = credential.data?.secret;
	if (typeof secret !== 'string' || secret === '') return { status: 'Error', message: 'The webhook secret is empty' };
	if (secret.trim() !== secret) {
		return { status: 'Error', message: 'The webhook secret starts or ends with a space: copy it again without them' };
	}
	if (secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
		return {
			status: 'Error',
			message: `The webhook secret is only ${secret.length} characters long; use at least ${MIN_WEBHOOK_SECRET_LENGTH}`,
		};
	}
	return { status: 'OK', message: 'The webhook secret looks usable. Aplaut itself cannot be asked to confirm it.' };
}
