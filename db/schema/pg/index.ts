export * from './auth';
export * from './sessions';
