// Panning and zooming a large graph without redrawing it at every mouse move. In headless Chromium with software
// WebGL a frame of 50,000 nodes takes about a second of rasterising (bench/RESULTS.md, "/viz panning"), so sigma's
// own camera, which redraws at each move, cannot follow the pointer. Instead, during a drag or a burst of wheel
// turns, the canvases sigma already drew are moved and scaled with a CSS transform (the compositor's work, no
// redraw), and when the gesture ends the camera is set once to where sigma's own panning and zooming would have put
// it, and the graph is redrawn once.

/** A wheel burst ends this long after its last turn; the camera is then set and the graph redrawn. */
export const WHEEL_SETTLE_MS = 250;

/**
 * Takes over panning and zooming of `renderer` while `active()` is true (sigma's `enableCameraPanning` and
 * `enableCameraZooming` must then be off). `beforeRedraw()` runs when a gesture ends, before its one redraw (a
 * scheduled refresh it asks for is drawn by that redraw). Returns `{ busy(), zoomBy(factor) }`: whether a gesture is
 * under way (its picture is moved, so what is under the mouse is not what sigma's picking buffer says), and a zoom
 * around the centre that redraws once.
 */
export function cssGestures(renderer, active, beforeRedraw = () => {}) {
  const container = renderer.getContainer();
  // The picture on screen is the last frame drawn, mapped by screen = scale · drawn + (x, y) in viewport pixels.
  const moved = { scale: 1, x: 0, y: 0 };
  let dragFrom = null;
  let wheelTimer = null;
  let painted = false;

  const isMoved = () => moved.scale !== 1 || moved.x !== 0 || moved.y !== 0;
  const layers = () =>
    Object.entries(renderer.getCanvases())
      .filter(([name]) => name !== 'mouse')
      .map(([, canvas]) => canvas);
  const paint = () => {
    painted = false;
    const transform = isMoved() ? `matrix(${moved.scale}, 0, 0, ${moved.scale}, ${moved.x}, ${moved.y})` : '';
    for (const canvas of layers()) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = transform;
    }
  };
  // Style changes are batched to one per frame: the compositor shows the latest.
  const schedulePaint = () => {
    if (painted) return;
    painted = true;
    requestAnimationFrame(paint);
  };

  /** Sets the camera to show what the moved picture shows, redraws once and puts the canvases back in place. */
  const settle = () => {
    clearTimeout(wheelTimer);
    wheelTimer = null;
    if (!isMoved()) return;
    const camera = renderer.getCamera();
    const state = camera.getState();
    const { width, height } = renderer.getDimensions();
    // The viewport point of the drawn frame now shown at the centre becomes the camera's centre.
    const centre = renderer.viewportToFramedGraph({
      x: (width / 2 - moved.x) / moved.scale,
      y: (height / 2 - moved.y) / moved.scale,
    });
    const next = { ...state, x: centre.x, y: centre.y, ratio: state.ratio / moved.scale };
    moved.scale = 1;
    moved.x = 0;
    moved.y = 0;
    setCamera(camera, next);
    beforeRedraw();
    // Drawn now, and the transform lifted in the same task: the new frame and the unmoved canvases reach the screen
    // together, so the picture does not jump back first.
    renderer.render();
    paint();
  };

  const onMouseDown = (event) => {
    // A press on a button over the drawing (zoom) is not a drag.
    if (!active() || event.button !== 0 || !(event.target instanceof HTMLCanvasElement)) return;
    settle();
    dragFrom = { x: event.clientX, y: event.clientY, movedX: moved.x, movedY: moved.y };
  };
  const onMouseMove = (event) => {
    if (!dragFrom) return;
    moved.x = dragFrom.movedX + event.clientX - dragFrom.x;
    moved.y = dragFrom.movedY + event.clientY - dragFrom.y;
    schedulePaint();
  };
  const onMouseUp = () => {
    if (!dragFrom) return;
    dragFrom = null;
    settle();
  };
  const onWheel = (event) => {
    if (!active()) return;
    event.preventDefault();
    const delta = wheelPixels(event);
    if (!delta) return;
    const box = container.getBoundingClientRect();
    zoomAround({ x: event.clientX - box.left, y: event.clientY - box.top }, zoomFactor(delta, renderer));
    schedulePaint();
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(settle, WHEEL_SETTLE_MS);
  };

  /** Scales the moved picture by `factor` around viewport point `at`, within the camera's zoom bounds. */
  const zoomAround = (at, factor) => {
    const ratio = renderer.getCamera().getState().ratio / moved.scale;
    const bounded = renderer.getCamera().getBoundedRatio(ratio / factor);
    const applied = ratio / bounded;
    moved.scale *= applied;
    moved.x = applied * (moved.x - at.x) + at.x;
    moved.y = applied * (moved.y - at.y) + at.y;
  };

  container.addEventListener('mousedown', onMouseDown, true);
  // Captured at the window: sigma's mouse captor stops the propagation of the moves of a drag at the document.
  window.addEventListener('mousemove', onMouseMove, true);
  window.addEventListener('mouseup', onMouseUp, true);
  container.addEventListener('wheel', onWheel, { passive: false });
  return {
    busy: () => dragFrom !== null || wheelTimer !== null,
    zoomBy(factor) {
      const { width, height } = renderer.getDimensions();
      zoomAround({ x: width / 2, y: height / 2 }, factor);
      settle();
    },
  };
}

/** The camera set to `state` although sigma's own panning and zooming are off (they would ignore it). */
export function setCamera(camera, state) {
  const { enabledPanning, enabledZooming } = camera;
  camera.enabledPanning = true;
  camera.enabledZooming = true;
  camera.setState(state);
  camera.enabledPanning = enabledPanning;
  camera.enabledZooming = enabledZooming;
}

/** A wheel turn in pixels (lines and pages converted as browsers scroll them); negative: towards the user, zoom in. */
function wheelPixels(event) {
  if (event.deltaMode === 1) return event.deltaY * 40;
  if (event.deltaMode === 2) return event.deltaY * 800;
  return event.deltaY;
}

/**
 * How much a wheel turn zooms: sigma's own `zoomingRatio` per notch of 100 pixels (so a mouse wheel zooms as sigma's
 * does), in proportion for a touchpad's small steps.
 */
function zoomFactor(deltaPixels, renderer) {
  return renderer.getSetting('zoomingRatio') ** (-deltaPixels / 100);
}
