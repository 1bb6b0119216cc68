// /scan: read a certificate's QR code in this browser (camera frames or a photo, decoded by jsQR) and open it when it
// leads to this portal (/s#CODE or /v/{id}). Other links are shown, never followed: the page is no open redirect.
const jsQR = window.jsQR;
const video = document.getElementById('scan-video');
const canvas = document.getElementById('scan-canvas');
const context = canvas.getContext('2d', { willReadFrequently: true });
const startButton = document.getElementById('scan-start');
const stopButton = document.getElementById('scan-stop');
const MAX_SIDE = 1600;
let stream = null;

function show(id, text) {
  for (const other of ['scan-status', 'scan-no-camera', 'scan-not-found', 'scan-foreign']) {
    document.getElementById(other).hidden = other !== id;
  }
  if (text !== undefined) {
    document.getElementById('scan-foreign-text').textContent = text;
  }
}

/** The portal link the code holds, or null when it leads elsewhere. */
function portalLink(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const ours = url.origin === window.location.origin && (url.pathname === '/s' || url.pathname.startsWith('/v/'));
  return ours ? url : null;
}

/** Decodes the canvas; true when a code was found (and acted on). */
function decode(width, height) {
  const image = context.getImageData(0, 0, width, height);
  const code = jsQR(image.data, width, height, { inversionAttempts: 'attemptBoth' });
  if (!code) {
    return false;
  }
  const link = portalLink(code.data);
  if (link === null) {
    show('scan-foreign', code.data);
    return true;
  }
  stop();
  window.location.assign(link.href);
  return true;
}

function stop() {
  if (stream) {
    stream.getTracks().forEach(t => t.stop());
    stream = null;
  }
  video.hidden = true;
  stopButton.hidden = true;
  startButton.hidden = false;
}

function frame() {
  if (!stream) {
    return;
  }
  if (video.readyState >= video.HAVE_ENOUGH_DATA) {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    if (decode(canvas.width, canvas.height)) {
      return;
    }
  }
  requestAnimationFrame(frame);
}

startButton.addEventListener('click', async () => {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    show('scan-no-camera');
    return;
  }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch {
    show('scan-no-camera');
    return;
  }
  video.srcObject = stream;
  video.hidden = false;
  startButton.hidden = true;
  stopButton.hidden = false;
  show('scan-status');
  await video.play();
  requestAnimationFrame(frame);
});

stopButton.addEventListener('click', stop);

document.getElementById('scan-photo').addEventListener('change', async e => {
  const file = e.target.files[0];
  if (!file) {
    return;
  }
  show('scan-status');
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (bitmap === null) {
    show('scan-not-found');
    return;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  if (!decode(canvas.width, canvas.height)) {
    show('scan-not-found');
  }
});
