/** Recommendations built from findings of any assessment, followed through committee, routing, response, implementation and verification, with a hash-chained audit trail. */
package org.hria.recommendation;
