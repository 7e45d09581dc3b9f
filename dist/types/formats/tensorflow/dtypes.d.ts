export declare function tfDtypeName(value: number): string;
