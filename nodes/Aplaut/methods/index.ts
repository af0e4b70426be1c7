import { getSurveys } from './loadOptions';

export const loadOptions = { getSurveys };
