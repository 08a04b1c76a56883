import { describe, expect, it } from 'vitest';
import { eventForCommand } from '../../../../shared/core/app-events';
import { MINUTE, Sim, settingsWith } from './app-sim';

/** A calibration page holding the camera, through the core's pure step. */
describe('app core: calibration hold', () => {
  const cameraOrders = (sim: Sim) => sim.effects('camera').map((e) => e.effect);

  it('hands the camera to the calibration page and back, telling the host only on a change', () => {
    const sim = new Sim();
    sim.send({ type: 'tick' });
    sim.send({ type: 'calibration:hold', on: true });
    // A view shown again or a window that reloads asks twice: nothing new to say.
    sim.send({ type: 'calibration:hold', on: true });
    sim.send({ type: 'calibration:hold', on: false });
    sim.send({ type: 'calibration:hold', on: false });
    expect(cameraOrders(sim)).toEqual([
      { type: 'camera', on: true, mode: 'normal' },
      { type: 'camera', on: true, mode: 'calibrating' },
      { type: 'camera', on: true, mode: 'normal' },
    ]);
  });

  it('keeps the camera rules for the calibration page: a pause turns the camera off there too', () => {
    const sim = new Sim();
    sim.send({ type: 'calibration:hold', on: true });
    sim.send({ type: 'pause', until: sim.now + 30 * MINUTE });
    sim.send({ type: 'resume' });
    expect(cameraOrders(sim)).toEqual([
      { type: 'camera', on: true, mode: 'calibrating' },
      { type: 'camera', on: false, mode: 'calibrating' },
      { type: 'camera', on: true, mode: 'calibrating' },
    ]);
  });

  it('gives no camera to a calibration page before setup is finished', () => {
    const sim = new Sim(settingsWith({ firstRunComplete: false }));
    sim.send({ type: 'tick' });
    sim.send({ type: 'calibration:hold', on: true });
    expect(cameraOrders(sim).map((c) => c.on)).toEqual([false, false]);
  });

  it('maps the calibration commands to core events', () => {
    expect(eventForCommand({ type: 'calibration-hold', on: true }, 0)).toEqual({
      type: 'calibration:hold',
      on: true,
    });
    expect(eventForCommand({ type: 'recalibrate' }, 0)).toEqual({ type: 'calibration:requested' });
  });
});
