import { deleteResonanceRateHandler, getResonanceRateHandler, putResonanceRateHandler } from '@/server/resonance/handlers';

export const GET = getResonanceRateHandler;
export const PUT = putResonanceRateHandler;
export const DELETE = deleteResonanceRateHandler;
