import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { consumerDescription } from './actions/consumer/consumer.resource';
import { exportTaskDescription } from './actions/exportTask/exportTask.resource';
import { orderDescription } from './actions/order/order.resource';
import { productDescription } from './actions/product/product.resource';
import { questionDescription } from './actions/question/question.resource';
import { questionAnswerDescription } from './actions/questionAnswer/questionAnswer.resource';
import { reviewDescription } from './actions/review/review.resource';
import { reviewCommentDescription } from './actions/reviewComment/reviewComment.resource';
import { router } from './actions/router';
import { scrollDescription } from './actions/scroll/scroll.resource';
import { surveyDescription } from './actions/survey/survey.resource';
import { surveyResponseDescription } from './actions/surveyResponse/surveyResponse.resource';
import { userDescription } from './actions/user/user.resource';
import { loadOptions } from './methods';
import { aplautProfile } from './transport/profile';

export class Aplaut implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aplaut',
		name: 'aplaut',
		icon: { light: 'file:../../icons/aplaut.svg', dark: 'file:../../icons/aplaut.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send orders to Aplaut for review campaigns, and work with reviews, questions and products',
		defaults: { name: 'Aplaut' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aplautApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Customer', value: 'consumer' },
					{ name: 'Export Task', value: 'exportTask' },
					{ name: 'Order', value: 'order' },
					{ name: 'Product', value: 'product' },
					{ name: 'Question', value: 'question' },
					{ name: 'Question Answer', value: 'questionAnswer' },
					{ name: 'Review', value: 'review' },
					{ name: 'Review Comment', value: 'reviewComment' },
					{ name: 'Scroll (All Records)', value: 'scroll' },
					{ name: 'Survey', value: 'survey' },
					{ name: 'Survey Response', value: 'surveyResponse' },
					{ name: 'User', value: 'user' },
				],
				default: 'order',
			},
			...orderDescription,
			...productDescription,
			...consumerDescription,
			...reviewDescription,
			...reviewCommentDescription,
			...questionDescription,
			...questionAnswerDescription,
			...exportTaskDescription,
			...scrollDescription,
			...surveyDescription,
			...surveyResponseDescription,
			...userDescription,
			requestOptionsProperty(aplautProfile),
		],
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
