/** A small demonstration rule domain that exercises the rule engine, the catalogue and the test cases before the real domains arrive. */
package org.hria.demo;
