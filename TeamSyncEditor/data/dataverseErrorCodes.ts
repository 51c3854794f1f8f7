/**
 * Dataverse error codes (the `errorCode` of a Web API error) that the data layer tells apart.
 * Signed 32-bit values, as the platform reports them.
 */
export const DataverseErrorCode = {
    /** 0x80040220: the user lacks a privilege. */
    privilegeDenied: -2147220960,
    /** 0x80040217: the record does not exist (deleted). */
    objectDoesNotExist: -2147220969,
    /** 0x80040237: a record with this id already exists. */
    duplicateRecord: -2147220937,
    /** Service protection limits (HTTP 429): number of requests, execution time, concurrency. */
    throttledRequests: -2147015902,
    throttledExecutionTime: -2147015903,
    throttledConcurrency: -2147015898,
} as const;

export const THROTTLING_CODES: readonly number[] = [
    DataverseErrorCode.throttledRequests,
    DataverseErrorCode.throttledExecutionTime,
    DataverseErrorCode.throttledConcurrency,
];

/** HTTP statuses that carry meaning of their own. */
export const HttpStatus = { notFound: 404, forbidden: 403, tooManyRequests: 429 } as const;
