import { objectRequester } from '../../shared/http/request';
import { aplautProfile } from './profile';

export const aplautRequest = objectRequester(aplautProfile);
