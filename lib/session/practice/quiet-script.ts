// Quiet rest: as few words as possible, for as long as the person chose. The cues are spread over its
// length, so a longer rest is not filled with more talk.
import type { PracticeScript } from './practice-script';
import { both } from './text';

export const quietScript: PracticeScript = {
  id: 'quiet',
  cues: [
    {
      id: 'settle',
      kind: 'settle',
      title: both('Settling in', 'Rustig worden'),
      text: both('Sit or lie comfortably. For the next while there is nothing to do.', 'Ga gemakkelijk zitten of liggen. De komende tijd hoef je niets te doen.'),
      durationS: 45,
    },
    {
      id: 'rest',
      kind: 'rest',
      title: both('Quiet rest', 'Stille rust'),
      text: both('Just rest. If your thoughts wander, that is fine: let them pass.', 'Gewoon rusten. Dwalen je gedachten af, dan is dat goed: laat ze voorbijgaan.'),
      durationS: 255,
    },
    {
      id: 'rest-still',
      kind: 'rest',
      title: both('Quiet rest', 'Stille rust'),
      text: both('Still resting. Let the body be heavy and the breath be easy.', 'Nog steeds rusten. Laat je lichaam zwaar zijn en je adem vanzelf gaan.'),
      durationS: 255,
    },
    {
      id: 'close',
      kind: 'close',
      title: both('Coming back', 'Terugkomen'),
      text: both('The quiet rest is nearly over. Stay where you are for the rest that follows.', 'De stille rust is bijna voorbij. Blijf waar je bent voor de rust die volgt.'),
      durationS: 45,
    },
  ],
};
