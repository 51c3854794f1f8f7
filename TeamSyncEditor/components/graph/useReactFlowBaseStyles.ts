import { makeStaticStyles } from "@fluentui/react-components";

/**
 * React Flow's own layout CSS, trimmed from @xyflow/react 12.12.1 `dist/base.css` to the rules this control's canvas
 * uses: custom nodes and edges without labels, Background dots, Controls bottom-left, connecting, selection. Dropped:
 * dark mode, MiniMap, NodeResizer, attribution, built-in node types, edge reconnect, animated edges; the `--xy-*-default`
 * values are folded into the rules (the `--xy-*` overrides still apply). Injected through the platform's Griffel renderer,
 * which adds vendor prefixes, instead of a CSS import, so no style-loader runtime is bundled. Re-check against that
 * file when upgrading @xyflow/react.
 */
export const useReactFlowBaseStyles = makeStaticStyles(`
.react-flow{direction:ltr;background-color:var(--xy-background-color,transparent)}
.react-flow__background{background-color:var(--xy-background-color-props,var(--xy-background-color,transparent));pointer-events:none;z-index:-1}
.react-flow__container{position:absolute;width:100%;height:100%;top:0;left:0}
.react-flow__pane{z-index:1;touch-action:none}
.react-flow__pane.draggable{cursor:grab}
.react-flow__pane.dragging{cursor:grabbing}
.react-flow__pane.selection{cursor:pointer}
.react-flow__viewport{transform-origin:0 0;z-index:2;pointer-events:none}
.react-flow__renderer{z-index:4}
.react-flow__selection{z-index:6}
.react-flow__nodesselection-rect:focus,.react-flow__nodesselection-rect:focus-visible{outline:none}
.react-flow__edge-path{stroke:var(--xy-edge-stroke,#b1b1b7);stroke-width:var(--xy-edge-stroke-width,1);fill:none}
.react-flow__connection-path{stroke:var(--xy-connectionline-stroke,#b1b1b7);stroke-width:var(--xy-connectionline-stroke-width,1);fill:none}
.react-flow .react-flow__edges{position:absolute}
.react-flow .react-flow__edges svg{overflow:visible;position:absolute;pointer-events:none}
.react-flow__edge{pointer-events:visibleStroke}
.react-flow__edge.selectable{cursor:pointer}
.react-flow__edge.inactive{pointer-events:none}
.react-flow__edge.selected,.react-flow__edge:focus,.react-flow__edge:focus-visible{outline:none}
.react-flow__edge.selected .react-flow__edge-path,.react-flow__edge.selectable:focus .react-flow__edge-path,.react-flow__edge.selectable:focus-visible .react-flow__edge-path{stroke:var(--xy-edge-stroke-selected,#555)}
.react-flow__arrowhead polyline{stroke:var(--xy-edge-stroke,#b1b1b7)}
.react-flow__arrowhead polyline.arrowclosed{fill:var(--xy-edge-stroke,#b1b1b7)}
.react-flow__connection{pointer-events:none}
svg.react-flow__connectionline{z-index:1001;overflow:visible;position:absolute}
.react-flow__nodes{pointer-events:none;transform-origin:0 0}
.react-flow__node{position:absolute;user-select:none;pointer-events:all;transform-origin:0 0;box-sizing:border-box;cursor:default}
.react-flow__node.selectable{cursor:pointer}
.react-flow__node.draggable{cursor:grab;pointer-events:all}
.react-flow__node.draggable.dragging{cursor:grabbing}
.react-flow__nodesselection{z-index:3;transform-origin:left top;pointer-events:none}
.react-flow__nodesselection-rect{position:absolute;pointer-events:all;cursor:grab}
.react-flow__nodesselection-rect,.react-flow__selection{background:var(--xy-selection-background-color,rgba(150,150,180,.1));border:var(--xy-selection-border,1px dotted rgba(155,155,155,.8))}
.react-flow__handle{position:absolute;pointer-events:none;min-width:5px;min-height:5px;background-color:var(--xy-handle-background-color,#333)}
.react-flow__handle.connectingfrom{pointer-events:all}
.react-flow__handle.connectionindicator{pointer-events:all;cursor:crosshair}
.react-flow__handle-bottom{top:auto;left:50%;bottom:0;transform:translate(-50%,50%)}
.react-flow__handle-top{top:0;left:50%;transform:translate(-50%,-50%)}
.react-flow__pane.selection .react-flow__panel{pointer-events:none}
.react-flow__panel{position:absolute;z-index:5;margin:15px}
.react-flow__panel.bottom{bottom:0}
.react-flow__panel.left{left:0}
.react-flow__edgelabel-renderer{position:absolute;width:100%;height:100%;pointer-events:none;user-select:none;left:0;top:0}
.react-flow__viewport-portal{position:absolute;width:100%;height:100%;left:0;top:0;user-select:none}
.react-flow__background-pattern.dots{fill:var(--xy-background-pattern-color-props,var(--xy-background-pattern-color,#91919a))}
.react-flow__controls{display:flex;flex-direction:column}
.react-flow__controls-button{display:flex;justify-content:center;align-items:center;height:26px;width:26px;padding:4px}
.react-flow__controls-button svg{width:100%;max-width:12px;max-height:12px;fill:currentColor}
`);
