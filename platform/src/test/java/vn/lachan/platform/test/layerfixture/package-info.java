/**
 * Two tiny services for {@code LayerRulesTest}: {@code good} keeps the layers, {@code bad} breaks both rules once
 * each (a domain class that uses Spring, a store that calls the API back), so the test proves the rules can fail.
 */
package vn.lachan.platform.test.layerfixture;
