import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { pastedSecretProblem } from '../../shared/trigger/webhook/pastedSecret';

/**
 * Aplaut has no endpoint to check a webhook secret against: the test checks what can be checked
 * here — the secret is there, long enough, and has no stray spaces from copy-paste.
 */
export async function aplautWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const problem = pastedSecretProblem(credential.data?.secret, 'webhook secret');
	if (problem) return { status: 'Error', message: problem };
	return { status: 'OK', message: 'The webhook secret looks usable. Aplaut itself cannot be asked to confirm it.' };
}
