import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

/** Shorter than this is more likely a typo or a placeholder than a real signing secret. */
export const MIN_SECRET_LENGTH = 16;

/**
 * Broniboy has no endpoint to check a webhook secret against, so the test checks what can be
 * checked locally: the secret is there, plausibly long, and has no stray spaces from copy-paste.
 */
export async function broniboyWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const secret = credential.data?.secret;
	if (typeof secret !== 'string' || secret === '') return { status: 'Error', message: 'The signing secret is empty' };
	if (secret.trim() !== secret) {
		return { status: 'Error', message: 'The signing secret starts or ends with a space: copy it again without them' };
	}
	if (secret.length < MIN_SECRET_LENGTH) {
		return { status: 'Error', message: `The signing secret is only ${secret.length} characters long; expected at least ${MIN_SECRET_LENGTH}` };
	}
	return { status: 'OK', message: 'The signing secret looks usable. Broniboy itself cannot be asked to confirm it.' };
}
