// The most results one search returns: enough to read through a common word's newest papers, few
// enough that their snippets are made in well under a second. Its own file so that the API's
// contract and the Search page take it without the search's SQL.
export const MOST_RESULTS = 500;
