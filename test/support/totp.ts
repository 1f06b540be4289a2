import { generate } from 'otplib';

/**
 * The code an authenticator app shows `stepsAhead` 30-second steps from now. The server accepts one step
 * either side of its clock and each step once, so a test that needs a second code asks for the next step.
 */
export const totpCode = (secret: string, stepsAhead = 0): Promise<string> =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
