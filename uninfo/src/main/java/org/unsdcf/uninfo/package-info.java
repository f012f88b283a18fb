/**
 * UN INFO's activity report read into Cooperation Frameworks and written back as CSV (design §14).
 */
package org.unsdcf.uninfo;
