import { deleteClientPrescriptionHandler, getClientPrescriptionHandler, putClientPrescriptionHandler } from '@/server/practitioners/client-handlers';

export const GET = getClientPrescriptionHandler;
export const PUT = putClientPrescriptionHandler;
export const DELETE = deleteClientPrescriptionHandler;
