import { format, GetString } from "./issueSentence";

/** The resx key for `count` of something: `<key>_One` for exactly one, `<key>` otherwise ("1 team", "3 teams"). */
export function pluralKey(key: string, count: number): string {
    return count === 1 ? `${key}_One` : key;
}

/** "1 team", "3 teams": a count with its noun, from `Count_<noun>_One` and `Count_<noun>`. */
export function countText(getString: GetString, noun: string, count: number): string {
    return format(getString(pluralKey(`Count_${noun}`, count)), count);
}
