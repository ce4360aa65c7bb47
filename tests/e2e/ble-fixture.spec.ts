import { expect, test } from './fixtures';

// Proves the emulated strap itself: a page pairs with it through navigator.bluetooth and receives exactly
// the bytes the test delivers, then sees the disconnect. The app's own pairing is tested in the Breathe specs.
test('a page pairs with the emulated strap, receives its packets and sees it disconnect', async ({ page, strap }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const device = await navigator.bluetooth.requestDevice({
      filters: [{ services: ['heart_rate'] }],
      optionalServices: ['battery_service'],
    });
    const server = await device.gatt!.connect();
    const service = await server.getPrimaryService('heart_rate');
    const measurement = await service.getCharacteristic('heart_rate_measurement');
    const battery = await (await server.getPrimaryService('battery_service')).getCharacteristic('battery_level');
    const state = { packets: [] as number[][], disconnected: false, name: device.name, battery: (await battery.readValue()).getUint8(0) };
    (window as unknown as { pairing: typeof state }).pairing = state;
    measurement.addEventListener('characteristicvaluechanged', () => {
      const view = measurement.value!;
      state.packets.push(Array.from(new Uint8Array(view.buffer, view.byteOffset, view.byteLength)));
    });
    device.addEventListener('gattserverdisconnected', () => {
      state.disconnected = true;
    });
    await measurement.startNotifications();
  });

  await strap.deliver(page, [0x10, 72, 0x00, 0x04]);
  await strap.deliver(page, [0x19, 0x48, 0x01, 0x2c, 0x01, 0x20, 0x03, 0x10, 0x03]);
  const pairing = () => page.evaluate(() => (window as unknown as { pairing: { packets: number[][]; disconnected: boolean; name: string; battery: number } }).pairing);
  await expect.poll(async () => (await pairing()).packets).toEqual([
    [0x10, 72, 0x00, 0x04],
    [0x19, 0x48, 0x01, 0x2c, 0x01, 0x20, 0x03, 0x10, 0x03],
  ]);
  expect((await pairing()).name).toBe(strap.name);
  expect((await pairing()).battery).toBe(87);

  await strap.disconnect(page);
  await expect.poll(async () => (await pairing()).disconnected).toBe(true);
});
