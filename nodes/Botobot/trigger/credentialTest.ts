import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { urlSecretProblem } from '../../shared/trigger/webhook/urlSecret';

/**
 * Botobot cannot be asked about a callback secret (it only calls the URL it was given), so the test
 * checks what can be checked here: the secret is long enough and can travel in a URL unescaped.
 */
export async function botobotWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const problem = urlSecretProblem(credential.data?.secret);
	if (problem) return { status: 'Error', message: problem };
	return { status: 'OK', message: 'The secret can be used in the callback URL. Botobot itself cannot be asked to confirm it.' };
}
