import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { urlSecretProblem } from '../../shared/trigger/webhook/urlSecret';

/**
 * KeyCRM has nothing to check a webhook secret against (it only calls the URL it was given), so
 * the test checks what can be checked here: the secret is long enough and can travel in a URL.
 */
export async function keyCrmWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const problem = urlSecretProblem(credential.data?.secret);
	if (problem) return { status: 'Error', message: problem };
	return { status: 'OK', message: 'The secret can be used in the webhook URL. KeyCRM itself cannot be asked to confirm it.' };
}
