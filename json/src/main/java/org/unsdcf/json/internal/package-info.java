/**
 * Not exported: the per-type streaming readers and writers, the UTF-8 check and the mapping from
 * byte offsets to lines and columns.
 */
package org.unsdcf.json.internal;
