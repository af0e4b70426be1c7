import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { pastedSecretProblem } from '../../shared/trigger/webhook/pastedSecret';

/**
 * Broniboy has no endpoint to check a webhook secret against, so the test checks what can be
 * checked locally: the secret is there, plausibly long, and has no stray spaces from copy-paste.
 */
export async function broniboyWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const problem = pastedSecretProblem(credential.data?.secret, 'signing secret');
	if (problem) return { status: 'Error', message: problem };
	return { status: 'OK', message: 'The signing secret looks usable. Broniboy itself cannot be asked to confirm it.' };
}
