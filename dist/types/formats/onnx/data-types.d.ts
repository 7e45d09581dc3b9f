/** The dtype name of an ONNX data type code; unknown codes keep their number visible. */
export declare function onnxDtype(code: number): string;
