/* The arabic stemmer of snowball-stemmers.js, alone: written by tools/split_stemmers.py (UPDATE.md). */
var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function (obj) { return typeof obj; } : function (obj) { return obj && typeof Symbol === "function" && obj.constructor === Symbol ? "symbol" : typeof obj; };

(function (global, factory) {
    if (typeof define === "function" && define.amd) {
        define('snowballFactory', ['exports'], factory);
    } else if (typeof exports !== "undefined") {
        factory(exports);
    } else {
        var mod = {
            exports: {}
        };
        factory(mod.exports);
        global.snowballFactory = mod.exports;
    }
})(this, function (exports) {
    'use strict';

    Object.defineProperty(exports, "__esModule", {
        value: true
    });
    exports.newStemmer = newStemmer;
    exports.algorithms = algorithms;

    function _possibleConstructorReturn(self, call) {
        if (!self) {
            throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
        }

        return call && ((typeof call === 'undefined' ? 'undefined' : _typeof(call)) === "object" || typeof call === "function") ? call : self;
    }

    function _inherits(subClass, superClass) {
        if (typeof superClass !== "function" && superClass !== null) {
            throw new TypeError("Super expression must either be null or a function, not " + (typeof superClass === 'undefined' ? 'undefined' : _typeof(superClass)));
        }

        subClass.prototype = Object.create(superClass && superClass.prototype, {
            constructor: {
                value: subClass,
                enumerable: false,
                writable: true,
                configurable: true
            }
        });
        if (superClass) Object.setPrototypeOf ? Object.setPrototypeOf(subClass, superClass) : subClass.__proto__ = superClass;
    }

    function _classCallCheck(instance, Constructor) {
        if (!(instance instanceof Constructor)) {
            throw new TypeError("Cannot call a class as a function");
        }
    }

    var _createClass = function () {
        function defineProperties(target, props) {
            for (var i = 0; i < props.length; i++) {
                var descriptor = props[i];
                descriptor.enumerable = descriptor.enumerable || false;
                descriptor.configurable = true;
                if ("value" in descriptor) descriptor.writable = true;
                Object.defineProperty(target, descriptor.key, descriptor);
            }
        }

        return function (Constructor, protoProps, staticProps) {
            if (protoProps) defineProperties(Constructor.prototype, protoProps);
            if (staticProps) defineProperties(Constructor, staticProps);
            return Constructor;
        };
    }();

    var _get = function get(object, property, receiver) {
        if (object === null) object = Function.prototype;
        var desc = Object.getOwnPropertyDescriptor(object, property);

        if (desc === undefined) {
            var parent = Object.getPrototypeOf(object);

            if (parent === null) {
                return undefined;
            } else {
                return get(parent, property, receiver);
            }
        } else if ("value" in desc) {
            return desc.value;
        } else {
            var getter = desc.get;

            if (getter === undefined) {
                return undefined;
            }

            return getter.call(receiver);
        }
    };

    var StringBuffer = function () {
        function StringBuffer() {
            _classCallCheck(this, StringBuffer);
        }

        _createClass(StringBuffer, [{
            key: 'length$esjava$0',
            value: function length$esjava$0() {
                return this.b.length;
            }
        }, {
            key: 'replace$esjava$3',
            value: function replace$esjava$3(start, end, str) {
                if (start === 0 && end === this.b.length) {
                    this.b = str;
                } else {
                    var left = this.b.substring(0, start),
                        right = this.b.substring(end);
                    this.b = left + str + right;
                }
            }
        }, {
            key: 'substring$esjava$2',
            value: function substring$esjava$2(start, end) {
                return this.b.substring(start, end);
            }
        }, {
            key: 'charAt$esjava$1',
            value: function charAt$esjava$1(index) {
                return this.b.charCodeAt(index);
            }
        }, {
            key: 'subSequence$esjava$2',
            value: function subSequence$esjava$2(start, end) {
                throw new Error("NotImpl: CharSequence::subSequence");
            }
        }, {
            key: 'toString$esjava$0',
            value: function toString$esjava$0() {
                return this.b;
            }
        }, {
            key: 'length',
            value: function length() {
                var _get2;

                for (var _len = arguments.length, args = Array(_len), _key = 0; _key < _len; _key++) {
                    args[_key] = arguments[_key];
                }

                switch (args.length) {
                    case 0:
                        return this.length$esjava$0.apply(this, args);
                }

                return (_get2 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'length', this)).call.apply(_get2, [this].concat(args));
            }
        }, {
            key: 'replace',
            value: function replace() {
                var _get3;

                for (var _len2 = arguments.length, args = Array(_len2), _key2 = 0; _key2 < _len2; _key2++) {
                    args[_key2] = arguments[_key2];
                }

                switch (args.length) {
                    case 3:
                        return this.replace$esjava$3.apply(this, args);
                }

                return (_get3 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'replace', this)).call.apply(_get3, [this].concat(args));
            }
        }, {
            key: 'substring',
            value: function substring() {
                var _get4;

                for (var _len3 = arguments.length, args = Array(_len3), _key3 = 0; _key3 < _len3; _key3++) {
                    args[_key3] = arguments[_key3];
                }

                switch (args.length) {
                    case 2:
                        return this.substring$esjava$2.apply(this, args);
                }

                return (_get4 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'substring', this)).call.apply(_get4, [this].concat(args));
            }
        }, {
            key: 'charAt',
            value: function charAt() {
                var _get5;

                for (var _len4 = arguments.length, args = Array(_len4), _key4 = 0; _key4 < _len4; _key4++) {
                    args[_key4] = arguments[_key4];
                }

                switch (args.length) {
                    case 1:
                        return this.charAt$esjava$1.apply(this, args);
                }

                return (_get5 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'charAt', this)).call.apply(_get5, [this].concat(args));
            }
        }, {
            key: 'subSequence',
            value: function subSequence() {
                var _get6;

                for (var _len5 = arguments.length, args = Array(_len5), _key5 = 0; _key5 < _len5; _key5++) {
                    args[_key5] = arguments[_key5];
                }

                switch (args.length) {
                    case 2:
                        return this.subSequence$esjava$2.apply(this, args);
                }

                return (_get6 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'subSequence', this)).call.apply(_get6, [this].concat(args));
            }
        }, {
            key: 'toString',
            value: function toString() {
                var _get7;

                for (var _len6 = arguments.length, args = Array(_len6), _key6 = 0; _key6 < _len6; _key6++) {
                    args[_key6] = arguments[_key6];
                }

                switch (args.length) {
                    case 0:
                        return this.toString$esjava$0.apply(this, args);
                }

                return (_get7 = _get(Object.getPrototypeOf(StringBuffer.prototype), 'toString', this)).call.apply(_get7, [this].concat(args));
            }
        }, {
            key: 'b',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$b') ? this._$esjava$b : this._$esjava$b = "";
            },
            set: function set(v) {
                this._$esjava$b = v;
            }
        }]);

        return StringBuffer;
    }();

    var StringBuilder = function (_StringBuffer) {
        _inherits(StringBuilder, _StringBuffer);

        function StringBuilder() {
            _classCallCheck(this, StringBuilder);

            return _possibleConstructorReturn(this, Object.getPrototypeOf(StringBuilder).apply(this, arguments));
        }

        return StringBuilder;
    }(StringBuffer);

    var Among = function () {
        _createClass(Among, null, [{
            key: 'toCharArray$esjava$1',
            value: function toCharArray$esjava$1(s) {
                var sLength = s.length;
                var charArr = new Array(sLength);

                for (var i = 0; i < sLength; i++) {
                    charArr[i] = s.charCodeAt(i);
                }

                return charArr;
            }
        }]);

        function Among(s, substring_i, result, methodname, obj) {
            _classCallCheck(this, Among);

            this.s = Among.toCharArray$esjava$1(s);
            this.substring_i = substring_i;
            this.result = result;
            this.method = methodname ? obj[methodname] : null;
            this.methodobject = obj;
        }

        _createClass(Among, [{
            key: 's',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$s') ? this._$esjava$s : this._$esjava$s = null;
            },
            set: function set(v) {
                this._$esjava$s = v;
            }
        }, {
            key: 'substring_i',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$substring_i') ? this._$esjava$substring_i : this._$esjava$substring_i = 0;
            },
            set: function set(v) {
                this._$esjava$substring_i = v;
            }
        }, {
            key: 'result',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$result') ? this._$esjava$result : this._$esjava$result = 0;
            },
            set: function set(v) {
                this._$esjava$result = v;
            }
        }, {
            key: 'method',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$method') ? this._$esjava$method : this._$esjava$method = null;
            },
            set: function set(v) {
                this._$esjava$method = v;
            }
        }, {
            key: 'methodobject',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$methodobject') ? this._$esjava$methodobject : this._$esjava$methodobject = null;
            },
            set: function set(v) {
                this._$esjava$methodobject = v;
            }
        }]);

        return Among;
    }();

    var SnowballProgram = function () {
        function SnowballProgram() {
            _classCallCheck(this, SnowballProgram);

            this.current = new StringBuffer();
            this.setCurrent$esjava$1("");
        }

        _createClass(SnowballProgram, [{
            key: 'setCurrent$esjava$1',
            value: function setCurrent$esjava$1(value) {
                this.current.replace(0, this.current.length(), value);
                this.cursor = 0;
                this.limit = this.current.length();
                this.limit_backward = 0;
                this.bra = this.cursor;
                this.ket = this.limit;
            }
        }, {
            key: 'getCurrent$esjava$0',
            value: function getCurrent$esjava$0() {
                var result = this.current.toString();
                this.current = new StringBuffer();
                return result;
            }
        }, {
            key: 'in_grouping$esjava$3',
            value: function in_grouping$esjava$3(s, min, max) {
                if (this.cursor >= this.limit) return false;
                var ch = this.current.charAt(this.cursor);
                if (ch > max || ch < min) return false;
                ch -= min;
                if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) return false;
                this.cursor++;
                return true;
            }
        }, {
            key: 'in_grouping_b$esjava$3',
            value: function in_grouping_b$esjava$3(s, min, max) {
                if (this.cursor <= this.limit_backward) return false;
                var ch = this.current.charAt(this.cursor - 1);
                if (ch > max || ch < min) return false;
                ch -= min;
                if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) return false;
                this.cursor--;
                return true;
            }
        }, {
            key: 'out_grouping$esjava$3',
            value: function out_grouping$esjava$3(s, min, max) {
                if (this.cursor >= this.limit) return false;
                var ch = this.current.charAt(this.cursor);

                if (ch > max || ch < min) {
                    this.cursor++;
                    return true;
                }

                ch -= min;

                if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) {
                    this.cursor++;
                    return true;
                }

                return false;
            }
        }, {
            key: 'out_grouping_b$esjava$3',
            value: function out_grouping_b$esjava$3(s, min, max) {
                if (this.cursor <= this.limit_backward) return false;
                var ch = this.current.charAt(this.cursor - 1);

                if (ch > max || ch < min) {
                    this.cursor--;
                    return true;
                }

                ch -= min;

                if ((s[ch >> 3] & 0X1 << (ch & 0X7)) === 0) {
                    this.cursor--;
                    return true;
                }

                return false;
            }
        }, {
            key: 'eq_s$esjava$1',
            value: function eq_s$esjava$1(s) {
                if (this.limit - this.cursor < s.length) return false;
                var i = undefined;

                for (i = 0; i !== s.length; i++) {
                    if (this.current.charAt(this.cursor + i) !== s.charCodeAt(i)) return false;
                }

                this.cursor += s.length;
                return true;
            }
        }, {
            key: 'eq_s_b$esjava$1',
            value: function eq_s_b$esjava$1(s) {
                if (this.cursor - this.limit_backward < s.length) return false;
                var i = undefined;

                for (i = 0; i !== s.length; i++) {
                    if (this.current.charAt(this.cursor - s.length + i) !== s.charCodeAt(i)) return false;
                }

                this.cursor -= s.length;
                return true;
            }
        }, {
            key: 'find_among$esjava$1',
            value: function find_among$esjava$1(v) {
                var i = 0;
                var j = v.length;
                var c = this.cursor;
                var l = this.limit;
                var common_i = 0;
                var common_j = 0;
                var first_key_inspected = false;

                while (true) {
                    var k = i + (j - i >> 1);
                    var diff = 0;
                    var common = common_i < common_j ? common_i : common_j;
                    var w = v[k];
                    var i2 = undefined;

                    for (i2 = common; i2 < w.s.length; i2++) {
                        if (c + common === l) {
                            diff = -1;
                            break;
                        }

                        diff = this.current.charAt(c + common) - w.s[i2];
                        if (diff !== 0) break;
                        common++;
                    }

                    if (diff < 0) {
                        j = k;
                        common_j = common;
                    } else {
                        i = k;
                        common_i = common;
                    }

                    if (j - i <= 1) {
                        if (i > 0) break;
                        if (j === i) break;
                        if (first_key_inspected) break;
                        first_key_inspected = true;
                    }
                }

                while (true) {
                    var w = v[i];

                    if (common_i >= w.s.length) {
                        this.cursor = c + w.s.length;
                        if (w.method === null) return w.result;
                        var res = undefined;
                        res = w.method.call(w.methodobject);
                        this.cursor = c + w.s.length;
                        if (res) return w.result;
                    }

                    i = w.substring_i;
                    if (i < 0) return 0;
                }
            }
        }, {
            key: 'find_among_b$esjava$1',
            value: function find_among_b$esjava$1(v) {
                var i = 0;
                var j = v.length;
                var c = this.cursor;
                var lb = this.limit_backward;
                var common_i = 0;
                var common_j = 0;
                var first_key_inspected = false;

                while (true) {
                    var k = i + (j - i >> 1);
                    var diff = 0;
                    var common = common_i < common_j ? common_i : common_j;
                    var w = v[k];
                    var i2 = undefined;

                    for (i2 = w.s.length - 1 - common; i2 >= 0; i2--) {
                        if (c - common === lb) {
                            diff = -1;
                            break;
                        }

                        diff = this.current.charAt(c - 1 - common) - w.s[i2];
                        if (diff !== 0) break;
                        common++;
                    }

                    if (diff < 0) {
                        j = k;
                        common_j = common;
                    } else {
                        i = k;
                        common_i = common;
                    }

                    if (j - i <= 1) {
                        if (i > 0) break;
                        if (j === i) break;
                        if (first_key_inspected) break;
                        first_key_inspected = true;
                    }
                }

                while (true) {
                    var w = v[i];

                    if (common_i >= w.s.length) {
                        this.cursor = c - w.s.length;
                        if (w.method === null) return w.result;
                        var res = undefined;
                        res = w.method.call(w.methodobject);
                        this.cursor = c - w.s.length;
                        if (res) return w.result;
                    }

                    i = w.substring_i;
                    if (i < 0) return 0;
                }
            }
        }, {
            key: 'replace_s$esjava$3',
            value: function replace_s$esjava$3(c_bra, c_ket, s) {
                var adjustment = s.length - (c_ket - c_bra);
                this.current.replace(c_bra, c_ket, s);
                this.limit += adjustment;
                if (this.cursor >= c_ket) this.cursor += adjustment;else if (this.cursor > c_bra) this.cursor = c_bra;
                return adjustment;
            }
        }, {
            key: 'slice_check$esjava$0',
            value: function slice_check$esjava$0() {
                if (this.bra < 0 || this.bra > this.ket || this.ket > this.limit || this.limit > this.current.length()) {
                    throw new Error("Snowball: faulty slice operation");
                }
            }
        }, {
            key: 'slice_from$esjava$1',
            value: function slice_from$esjava$1(s) {
                this.slice_check$esjava$0();
                this.replace_s$esjava$3(this.bra, this.ket, s);
            }
        }, {
            key: 'slice_del$esjava$0',
            value: function slice_del$esjava$0() {
                this.slice_from$esjava$1("");
            }
        }, {
            key: 'insert$esjava$3',
            value: function insert$esjava$3(c_bra, c_ket, s) {
                var adjustment = this.replace_s$esjava$3(c_bra, c_ket, s);
                if (c_bra <= this.bra) this.bra += adjustment;
                if (c_bra <= this.ket) this.ket += adjustment;
            }
        }, {
            key: 'slice_to$esjava$1',
            value: function slice_to$esjava$1(s) {
                this.slice_check$esjava$0();
                s.replace(0, s.length(), this.current.substring(this.bra, this.ket));
                return s;
            }
        }, {
            key: 'setCurrent',
            value: function setCurrent() {
                var _get8;

                for (var _len7 = arguments.length, args = Array(_len7), _key7 = 0; _key7 < _len7; _key7++) {
                    args[_key7] = arguments[_key7];
                }

                switch (args.length) {
                    case 1:
                        return this.setCurrent$esjava$1.apply(this, args);
                }

                return (_get8 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'setCurrent', this)).call.apply(_get8, [this].concat(args));
            }
        }, {
            key: 'getCurrent',
            value: function getCurrent() {
                var _get9;

                for (var _len8 = arguments.length, args = Array(_len8), _key8 = 0; _key8 < _len8; _key8++) {
                    args[_key8] = arguments[_key8];
                }

                switch (args.length) {
                    case 0:
                        return this.getCurrent$esjava$0.apply(this, args);
                }

                return (_get9 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'getCurrent', this)).call.apply(_get9, [this].concat(args));
            }
        }, {
            key: 'in_grouping',
            value: function in_grouping() {
                var _get10;

                for (var _len9 = arguments.length, args = Array(_len9), _key9 = 0; _key9 < _len9; _key9++) {
                    args[_key9] = arguments[_key9];
                }

                switch (args.length) {
                    case 3:
                        return this.in_grouping$esjava$3.apply(this, args);
                }

                return (_get10 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'in_grouping', this)).call.apply(_get10, [this].concat(args));
            }
        }, {
            key: 'in_grouping_b',
            value: function in_grouping_b() {
                var _get11;

                for (var _len10 = arguments.length, args = Array(_len10), _key10 = 0; _key10 < _len10; _key10++) {
                    args[_key10] = arguments[_key10];
                }

                switch (args.length) {
                    case 3:
                        return this.in_grouping_b$esjava$3.apply(this, args);
                }

                return (_get11 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'in_grouping_b', this)).call.apply(_get11, [this].concat(args));
            }
        }, {
            key: 'out_grouping',
            value: function out_grouping() {
                var _get12;

                for (var _len11 = arguments.length, args = Array(_len11), _key11 = 0; _key11 < _len11; _key11++) {
                    args[_key11] = arguments[_key11];
                }

                switch (args.length) {
                    case 3:
                        return this.out_grouping$esjava$3.apply(this, args);
                }

                return (_get12 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'out_grouping', this)).call.apply(_get12, [this].concat(args));
            }
        }, {
            key: 'out_grouping_b',
            value: function out_grouping_b() {
                var _get13;

                for (var _len12 = arguments.length, args = Array(_len12), _key12 = 0; _key12 < _len12; _key12++) {
                    args[_key12] = arguments[_key12];
                }

                switch (args.length) {
                    case 3:
                        return this.out_grouping_b$esjava$3.apply(this, args);
                }

                return (_get13 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'out_grouping_b', this)).call.apply(_get13, [this].concat(args));
            }
        }, {
            key: 'eq_s',
            value: function eq_s() {
                var _get14;

                for (var _len13 = arguments.length, args = Array(_len13), _key13 = 0; _key13 < _len13; _key13++) {
                    args[_key13] = arguments[_key13];
                }

                switch (args.length) {
                    case 1:
                        return this.eq_s$esjava$1.apply(this, args);
                }

                return (_get14 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'eq_s', this)).call.apply(_get14, [this].concat(args));
            }
        }, {
            key: 'eq_s_b',
            value: function eq_s_b() {
                var _get15;

                for (var _len14 = arguments.length, args = Array(_len14), _key14 = 0; _key14 < _len14; _key14++) {
                    args[_key14] = arguments[_key14];
                }

                switch (args.length) {
                    case 1:
                        return this.eq_s_b$esjava$1.apply(this, args);
                }

                return (_get15 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'eq_s_b', this)).call.apply(_get15, [this].concat(args));
            }
        }, {
            key: 'find_among',
            value: function find_among() {
                var _get16;

                for (var _len15 = arguments.length, args = Array(_len15), _key15 = 0; _key15 < _len15; _key15++) {
                    args[_key15] = arguments[_key15];
                }

                switch (args.length) {
                    case 1:
                        return this.find_among$esjava$1.apply(this, args);
                }

                return (_get16 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'find_among', this)).call.apply(_get16, [this].concat(args));
            }
        }, {
            key: 'find_among_b',
            value: function find_among_b() {
                var _get17;

                for (var _len16 = arguments.length, args = Array(_len16), _key16 = 0; _key16 < _len16; _key16++) {
                    args[_key16] = arguments[_key16];
                }

                switch (args.length) {
                    case 1:
                        return this.find_among_b$esjava$1.apply(this, args);
                }

                return (_get17 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'find_among_b', this)).call.apply(_get17, [this].concat(args));
            }
        }, {
            key: 'replace_s',
            value: function replace_s() {
                var _get18;

                for (var _len17 = arguments.length, args = Array(_len17), _key17 = 0; _key17 < _len17; _key17++) {
                    args[_key17] = arguments[_key17];
                }

                switch (args.length) {
                    case 3:
                        return this.replace_s$esjava$3.apply(this, args);
                }

                return (_get18 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'replace_s', this)).call.apply(_get18, [this].concat(args));
            }
        }, {
            key: 'slice_check',
            value: function slice_check() {
                var _get19;

                for (var _len18 = arguments.length, args = Array(_len18), _key18 = 0; _key18 < _len18; _key18++) {
                    args[_key18] = arguments[_key18];
                }

                switch (args.length) {
                    case 0:
                        return this.slice_check$esjava$0.apply(this, args);
                }

                return (_get19 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_check', this)).call.apply(_get19, [this].concat(args));
            }
        }, {
            key: 'slice_from',
            value: function slice_from() {
                var _get20;

                for (var _len19 = arguments.length, args = Array(_len19), _key19 = 0; _key19 < _len19; _key19++) {
                    args[_key19] = arguments[_key19];
                }

                switch (args.length) {
                    case 1:
                        return this.slice_from$esjava$1.apply(this, args);
                }

                return (_get20 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_from', this)).call.apply(_get20, [this].concat(args));
            }
        }, {
            key: 'slice_del',
            value: function slice_del() {
                var _get21;

                for (var _len20 = arguments.length, args = Array(_len20), _key20 = 0; _key20 < _len20; _key20++) {
                    args[_key20] = arguments[_key20];
                }

                switch (args.length) {
                    case 0:
                        return this.slice_del$esjava$0.apply(this, args);
                }

                return (_get21 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_del', this)).call.apply(_get21, [this].concat(args));
            }
        }, {
            key: 'insert',
            value: function insert() {
                var _get22;

                for (var _len21 = arguments.length, args = Array(_len21), _key21 = 0; _key21 < _len21; _key21++) {
                    args[_key21] = arguments[_key21];
                }

                switch (args.length) {
                    case 3:
                        return this.insert$esjava$3.apply(this, args);
                }

                return (_get22 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'insert', this)).call.apply(_get22, [this].concat(args));
            }
        }, {
            key: 'slice_to',
            value: function slice_to() {
                var _get23;

                for (var _len22 = arguments.length, args = Array(_len22), _key22 = 0; _key22 < _len22; _key22++) {
                    args[_key22] = arguments[_key22];
                }

                switch (args.length) {
                    case 1:
                        return this.slice_to$esjava$1.apply(this, args);
                }

                return (_get23 = _get(Object.getPrototypeOf(SnowballProgram.prototype), 'slice_to', this)).call.apply(_get23, [this].concat(args));
            }
        }, {
            key: 'current',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$current') ? this._$esjava$current : this._$esjava$current = null;
            },
            set: function set(v) {
                this._$esjava$current = v;
            }
        }, {
            key: 'cursor',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$cursor') ? this._$esjava$cursor : this._$esjava$cursor = 0;
            },
            set: function set(v) {
                this._$esjava$cursor = v;
            }
        }, {
            key: 'limit',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$limit') ? this._$esjava$limit : this._$esjava$limit = 0;
            },
            set: function set(v) {
                this._$esjava$limit = v;
            }
        }, {
            key: 'limit_backward',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$limit_backward') ? this._$esjava$limit_backward : this._$esjava$limit_backward = 0;
            },
            set: function set(v) {
                this._$esjava$limit_backward = v;
            }
        }, {
            key: 'bra',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$bra') ? this._$esjava$bra : this._$esjava$bra = 0;
            },
            set: function set(v) {
                this._$esjava$bra = v;
            }
        }, {
            key: 'ket',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$ket') ? this._$esjava$ket : this._$esjava$ket = 0;
            },
            set: function set(v) {
                this._$esjava$ket = v;
            }
        }]);

        return SnowballProgram;
    }();

    var SnowballStemmer = function (_SnowballProgram) {
        _inherits(SnowballStemmer, _SnowballProgram);

        function SnowballStemmer() {
            _classCallCheck(this, SnowballStemmer);

            return _possibleConstructorReturn(this, Object.getPrototypeOf(SnowballStemmer).apply(this, arguments));
        }

        _createClass(SnowballStemmer, [{
            key: 'stem$esjava$0',
            value: function stem$esjava$0() {
                throw 'NotImpl < stem$esjava$0 >';
            }
        }, {
            key: 'stem',
            value: function stem() {
                var _get24;

                for (var _len23 = arguments.length, args = Array(_len23), _key23 = 0; _key23 < _len23; _key23++) {
                    args[_key23] = arguments[_key23];
                }

                switch (args.length) {
                    case 0:
                        return this.stem$esjava$0.apply(this, args);
                }

                return (_get24 = _get(Object.getPrototypeOf(SnowballStemmer.prototype), 'stem', this)).call.apply(_get24, [this].concat(args));
            }
        }]);

        return SnowballStemmer;
    }(SnowballProgram);

    var arabicStemmer = function (_SnowballStemmer) {
        _inherits(arabicStemmer, _SnowballStemmer);

        function arabicStemmer() {
            _classCallCheck(this, arabicStemmer);

            return _possibleConstructorReturn(this, Object.getPrototypeOf(arabicStemmer).apply(this, arguments));
        }

        _createClass(arabicStemmer, [{
            key: 'r_Normalize_pre$esjava$0',
            value: function r_Normalize_pre$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                var v_2 = undefined;

                for (v_1 = this.current.length(); v_1 > 0; v_1--) {
                    lab0: do {
                        v_2 = this.cursor;

                        lab1: do {
                            this.bra = this.cursor;
                            among_var = this.find_among$esjava$1(arabicStemmer.a_0);

                            if (among_var === 0) {
                                break lab1;
                            }

                            this.ket = this.cursor;

                            switch (among_var) {
                                case 0:
                                    break lab1;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;

                                case 2:
                                    this.slice_del$esjava$0();
                                    break;

                                case 3:
                                    this.slice_del$esjava$0();
                                    break;

                                case 4:
                                    this.slice_del$esjava$0();
                                    break;

                                case 5:
                                    this.slice_from$esjava$1("0");
                                    break;

                                case 6:
                                    this.slice_from$esjava$1("1");
                                    break;

                                case 7:
                                    this.slice_from$esjava$1("2");
                                    break;

                                case 8:
                                    this.slice_from$esjava$1("3");
                                    break;

                                case 9:
                                    this.slice_from$esjava$1("4");
                                    break;

                                case 10:
                                    this.slice_from$esjava$1("5");
                                    break;

                                case 11:
                                    this.slice_from$esjava$1("6");
                                    break;

                                case 12:
                                    this.slice_from$esjava$1("7");
                                    break;

                                case 13:
                                    this.slice_from$esjava$1("8");
                                    break;

                                case 14:
                                    this.slice_from$esjava$1("9");
                                    break;

                                case 15:
                                    this.slice_del$esjava$0();
                                    break;

                                case 16:
                                    this.slice_from$esjava$1('\u0621');
                                    break;

                                case 17:
                                    this.slice_from$esjava$1('\u0623');
                                    break;

                                case 18:
                                    this.slice_from$esjava$1('\u0625');
                                    break;

                                case 19:
                                    this.slice_from$esjava$1('\u0626');
                                    break;

                                case 20:
                                    this.slice_from$esjava$1('\u0622');
                                    break;

                                case 21:
                                    this.slice_from$esjava$1('\u0624');
                                    break;

                                case 22:
                                    this.slice_from$esjava$1('\u0627');
                                    break;

                                case 23:
                                    this.slice_from$esjava$1('\u0628');
                                    break;

                                case 24:
                                    this.slice_from$esjava$1('\u0629');
                                    break;

                                case 25:
                                    this.slice_from$esjava$1('\u062A');
                                    break;

                                case 26:
                                    this.slice_from$esjava$1('\u062B');
                                    break;

                                case 27:
                                    this.slice_from$esjava$1('\u062C');
                                    break;

                                case 28:
                                    this.slice_from$esjava$1('\u062D');
                                    break;

                                case 29:
                                    this.slice_from$esjava$1('\u062E');
                                    break;

                                case 30:
                                    this.slice_from$esjava$1('\u062F');
                                    break;

                                case 31:
                                    this.slice_from$esjava$1('\u0630');
                                    break;

                                case 32:
                                    this.slice_from$esjava$1('\u0631');
                                    break;

                                case 33:
                                    this.slice_from$esjava$1('\u0632');
                                    break;

                                case 34:
                                    this.slice_from$esjava$1('\u0633');
                                    break;

                                case 35:
                                    this.slice_from$esjava$1('\u0634');
                                    break;

                                case 36:
                                    this.slice_from$esjava$1('\u0635');
                                    break;

                                case 37:
                                    this.slice_from$esjava$1('\u0636');
                                    break;

                                case 38:
                                    this.slice_from$esjava$1('\u0637');
                                    break;

                                case 39:
                                    this.slice_from$esjava$1('\u0638');
                                    break;

                                case 40:
                                    this.slice_from$esjava$1('\u0639');
                                    break;

                                case 41:
                                    this.slice_from$esjava$1('\u063A');
                                    break;

                                case 42:
                                    this.slice_from$esjava$1('\u0641');
                                    break;

                                case 43:
                                    this.slice_from$esjava$1('\u0642');
                                    break;

                                case 44:
                                    this.slice_from$esjava$1('\u0643');
                                    break;

                                case 45:
                                    this.slice_from$esjava$1('\u0644');
                                    break;

                                case 46:
                                    this.slice_from$esjava$1('\u0645');
                                    break;

                                case 47:
                                    this.slice_from$esjava$1('\u0646');
                                    break;

                                case 48:
                                    this.slice_from$esjava$1('\u0647');
                                    break;

                                case 49:
                                    this.slice_from$esjava$1('\u0648');
                                    break;

                                case 50:
                                    this.slice_from$esjava$1('\u0649');
                                    break;

                                case 51:
                                    this.slice_from$esjava$1('\u064A');
                                    break;

                                case 52:
                                    this.slice_from$esjava$1('\u0644\u0627');
                                    break;

                                case 53:
                                    this.slice_from$esjava$1('\u0644\u0623');
                                    break;

                                case 54:
                                    this.slice_from$esjava$1('\u0644\u0625');
                                    break;

                                case 55:
                                    this.slice_from$esjava$1('\u0644\u0622');
                                    break;
                            }

                            break lab0;
                        } while (false);

                        this.cursor = v_2;

                        if (this.cursor >= this.limit) {
                            return false;
                        }

                        this.cursor++;
                    } while (false);
                }

                return true;
            }
        }, {
            key: 'r_Normalize_post$esjava$0',
            value: function r_Normalize_post$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                var v_2 = undefined;
                var v_3 = undefined;
                var v_4 = undefined;
                v_1 = this.cursor;

                lab0: do {
                    this.limit_backward = this.cursor;
                    this.cursor = this.limit;
                    this.ket = this.cursor;
                    among_var = this.find_among_b$esjava$1(arabicStemmer.a_1);

                    if (among_var === 0) {
                        break lab0;
                    }

                    this.bra = this.cursor;

                    switch (among_var) {
                        case 0:
                            break lab0;

                        case 1:
                            this.slice_from$esjava$1('\u0621');
                            break;

                        case 2:
                            this.slice_from$esjava$1('\u0621');
                            break;

                        case 3:
                            this.slice_from$esjava$1('\u0621');
                            break;
                    }

                    this.cursor = this.limit_backward;
                } while (false);

                this.cursor = v_1;
                v_2 = this.cursor;

                lab1: do {
                    for (v_3 = this.I_word_len; v_3 > 0; v_3--) {
                        lab2: do {
                            v_4 = this.cursor;

                            lab3: do {
                                this.bra = this.cursor;
                                among_var = this.find_among$esjava$1(arabicStemmer.a_2);

                                if (among_var === 0) {
                                    break lab3;
                                }

                                this.ket = this.cursor;

                                switch (among_var) {
                                    case 0:
                                        break lab3;

                                    case 1:
                                        this.slice_from$esjava$1('\u0627');
                                        break;

                                    case 2:
                                        this.slice_from$esjava$1('\u0648');
                                        break;

                                    case 3:
                                        this.slice_from$esjava$1('\u064A');
                                        break;
                                }

                                break lab2;
                            } while (false);

                            this.cursor = v_4;

                            if (this.cursor >= this.limit) {
                                break lab1;
                            }

                            this.cursor++;
                        } while (false);
                    }
                } while (false);

                this.cursor = v_2;
                return true;
            }
        }, {
            key: 'r_Checks1$esjava$0',
            value: function r_Checks1$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_3);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.B_is_noun = true;
                        this.B_is_verb = false;
                        this.B_is_defined = true;
                        break;

                    case 2:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.B_is_noun = true;
                        this.B_is_verb = false;
                        this.B_is_defined = true;
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Prefix_Step1$esjava$0',
            value: function r_Prefix_Step1$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_4);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0623');
                        break;

                    case 2:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0622');
                        break;

                    case 3:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0623');
                        break;

                    case 4:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0627');
                        break;

                    case 5:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0625');
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Prefix_Step2$esjava$0',
            value: function r_Prefix_Step2$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                var v_2 = undefined;
                this.I_word_len = this.current.length();
                {
                    v_1 = this.cursor;

                    lab0: do {
                        if (!this.eq_s$esjava$1('\u0641\u0627')) {
                            break lab0;
                        }

                        return false;
                    } while (false);

                    this.cursor = v_1;
                }
                {
                    v_2 = this.cursor;

                    lab1: do {
                        if (!this.eq_s$esjava$1('\u0648\u0627')) {
                            break lab1;
                        }

                        return false;
                    } while (false);

                    this.cursor = v_2;
                }
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_5);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Prefix_Step3a_Noun$esjava$0',
            value: function r_Prefix_Step3a_Noun$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_6);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Prefix_Step3b_Noun$esjava$0',
            value: function r_Prefix_Step3b_Noun$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                this.I_word_len = this.current.length();
                {
                    v_1 = this.cursor;

                    lab0: do {
                        if (!this.eq_s$esjava$1('\u0628\u0627')) {
                            break lab0;
                        }

                        return false;
                    } while (false);

                    this.cursor = v_1;
                }
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_7);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0628');
                        break;

                    case 3:
                        if (!(this.I_word_len > 3)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0643');
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Prefix_Step3_Verb$esjava$0',
            value: function r_Prefix_Step3_Verb$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_8);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u064A');
                        break;

                    case 2:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u062A');
                        break;

                    case 3:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0646');
                        break;

                    case 4:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.slice_from$esjava$1('\u0623');
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Prefix_Step4_Verb$esjava$0',
            value: function r_Prefix_Step4_Verb$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.bra = this.cursor;
                among_var = this.find_among$esjava$1(arabicStemmer.a_9);

                if (among_var === 0) {
                    return false;
                }

                this.ket = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.B_is_verb = true;
                        this.B_is_noun = false;
                        this.slice_from$esjava$1('\u0627\u0633\u062A');
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step1a$esjava$0',
            value: function r_Suffix_Noun_Step1a$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_10);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len >= 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 3:
                        if (!(this.I_word_len >= 6)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step1b$esjava$0',
            value: function r_Suffix_Noun_Step1b$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_11);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step2a$esjava$0',
            value: function r_Suffix_Noun_Step2a$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_12);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len > 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step2b$esjava$0',
            value: function r_Suffix_Noun_Step2b$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_13);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step2c1$esjava$0',
            value: function r_Suffix_Noun_Step2c1$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_14);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step2c2$esjava$0',
            value: function r_Suffix_Noun_Step2c2$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_15);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Noun_Step3$esjava$0',
            value: function r_Suffix_Noun_Step3$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_16);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 3)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Verb_Step1$esjava$0',
            value: function r_Suffix_Verb_Step1$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_17);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len >= 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 3:
                        if (!(this.I_word_len >= 6)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Verb_Step2a$esjava$0',
            value: function r_Suffix_Verb_Step2a$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_18);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 3:
                        if (!(this.I_word_len >= 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 4:
                        if (!(this.I_word_len > 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 5:
                        if (!(this.I_word_len >= 6)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Verb_Step2b$esjava$0',
            value: function r_Suffix_Verb_Step2b$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_19);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 5)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_Verb_Step2c$esjava$0',
            value: function r_Suffix_Verb_Step2c$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_20);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        if (!(this.I_word_len >= 4)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        if (!(this.I_word_len >= 6)) {
                            return false;
                        }

                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_Suffix_All_alef_maqsura$esjava$0',
            value: function r_Suffix_All_alef_maqsura$esjava$0() {
                var among_var = undefined;
                this.I_word_len = this.current.length();
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(arabicStemmer.a_21);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_from$esjava$1('\u064A');
                        break;
                }

                return true;
            }
        }, {
            key: 'stem$esjava$0',
            value: function stem$esjava$0() {
                var v_1 = undefined;
                var v_2 = undefined;
                var v_3 = undefined;
                var v_4 = undefined;
                var v_5 = undefined;
                var v_7 = undefined;
                var v_8 = undefined;
                var v_9 = undefined;
                var v_10 = undefined;
                var v_12 = undefined;
                var v_13 = undefined;
                var v_15 = undefined;
                var v_16 = undefined;
                var v_17 = undefined;
                var v_18 = undefined;
                var v_19 = undefined;
                var v_20 = undefined;
                this.B_is_noun = true;
                this.B_is_verb = true;
                this.B_is_defined = false;
                v_1 = this.cursor;

                lab0: do {
                    if (!this.r_Checks1$esjava$0()) {
                        break lab0;
                    }
                } while (false);

                this.cursor = v_1;
                v_2 = this.cursor;

                lab1: do {
                    if (!this.r_Normalize_pre$esjava$0()) {
                        break lab1;
                    }
                } while (false);

                this.cursor = v_2;
                this.limit_backward = this.cursor;
                this.cursor = this.limit;
                v_3 = this.limit - this.cursor;

                lab2: do {
                    lab3: do {
                        v_4 = this.limit - this.cursor;

                        lab4: do {
                            if (!this.B_is_verb) {
                                break lab4;
                            }

                            lab5: do {
                                v_5 = this.limit - this.cursor;

                                lab6: do {
                                    {
                                        var v_6 = 1;

                                        replab7: while (true) {
                                            v_7 = this.limit - this.cursor;

                                            lab8: do {
                                                if (!this.r_Suffix_Verb_Step1$esjava$0()) {
                                                    break lab8;
                                                }

                                                v_6--;
                                                continue replab7;
                                            } while (false);

                                            this.cursor = this.limit - v_7;
                                            break replab7;
                                        }

                                        if (v_6 > 0) {
                                            break lab6;
                                        }
                                    }

                                    lab9: do {
                                        v_8 = this.limit - this.cursor;

                                        lab10: do {
                                            if (!this.r_Suffix_Verb_Step2a$esjava$0()) {
                                                break lab10;
                                            }

                                            break lab9;
                                        } while (false);

                                        this.cursor = this.limit - v_8;

                                        lab11: do {
                                            if (!this.r_Suffix_Verb_Step2c$esjava$0()) {
                                                break lab11;
                                            }

                                            break lab9;
                                        } while (false);

                                        this.cursor = this.limit - v_8;

                                        if (this.cursor <= this.limit_backward) {
                                            break lab6;
                                        }

                                        this.cursor--;
                                    } while (false);

                                    break lab5;
                                } while (false);

                                this.cursor = this.limit - v_5;

                                lab12: do {
                                    if (!this.r_Suffix_Verb_Step2b$esjava$0()) {
                                        break lab12;
                                    }

                                    break lab5;
                                } while (false);

                                this.cursor = this.limit - v_5;

                                if (!this.r_Suffix_Verb_Step2a$esjava$0()) {
                                    break lab4;
                                }
                            } while (false);

                            break lab3;
                        } while (false);

                        this.cursor = this.limit - v_4;

                        lab13: do {
                            if (!this.B_is_noun) {
                                break lab13;
                            }

                            v_9 = this.limit - this.cursor;

                            lab14: do {
                                lab15: do {
                                    v_10 = this.limit - this.cursor;

                                    lab16: do {
                                        if (!this.r_Suffix_Noun_Step2c2$esjava$0()) {
                                            break lab16;
                                        }

                                        break lab15;
                                    } while (false);

                                    this.cursor = this.limit - v_10;

                                    lab17: do {
                                        lab18: do {
                                            if (!this.B_is_defined) {
                                                break lab18;
                                            }

                                            break lab17;
                                        } while (false);

                                        if (!this.r_Suffix_Noun_Step1a$esjava$0()) {
                                            break lab17;
                                        }

                                        lab19: do {
                                            v_12 = this.limit - this.cursor;

                                            lab20: do {
                                                if (!this.r_Suffix_Noun_Step2a$esjava$0()) {
                                                    break lab20;
                                                }

                                                break lab19;
                                            } while (false);

                                            this.cursor = this.limit - v_12;

                                            lab21: do {
                                                if (!this.r_Suffix_Noun_Step2b$esjava$0()) {
                                                    break lab21;
                                                }

                                                break lab19;
                                            } while (false);

                                            this.cursor = this.limit - v_12;

                                            lab22: do {
                                                if (!this.r_Suffix_Noun_Step2c1$esjava$0()) {
                                                    break lab22;
                                                }

                                                break lab19;
                                            } while (false);

                                            this.cursor = this.limit - v_12;

                                            if (this.cursor <= this.limit_backward) {
                                                break lab17;
                                            }

                                            this.cursor--;
                                        } while (false);

                                        break lab15;
                                    } while (false);

                                    this.cursor = this.limit - v_10;

                                    lab23: do {
                                        if (!this.r_Suffix_Noun_Step1b$esjava$0()) {
                                            break lab23;
                                        }

                                        lab24: do {
                                            v_13 = this.limit - this.cursor;

                                            lab25: do {
                                                if (!this.r_Suffix_Noun_Step2a$esjava$0()) {
                                                    break lab25;
                                                }

                                                break lab24;
                                            } while (false);

                                            this.cursor = this.limit - v_13;

                                            lab26: do {
                                                if (!this.r_Suffix_Noun_Step2b$esjava$0()) {
                                                    break lab26;
                                                }

                                                break lab24;
                                            } while (false);

                                            this.cursor = this.limit - v_13;

                                            if (!this.r_Suffix_Noun_Step2c1$esjava$0()) {
                                                break lab23;
                                            }
                                        } while (false);

                                        break lab15;
                                    } while (false);

                                    this.cursor = this.limit - v_10;

                                    lab27: do {
                                        lab28: do {
                                            if (!this.B_is_defined) {
                                                break lab28;
                                            }

                                            break lab27;
                                        } while (false);

                                        if (!this.r_Suffix_Noun_Step2a$esjava$0()) {
                                            break lab27;
                                        }

                                        break lab15;
                                    } while (false);

                                    this.cursor = this.limit - v_10;

                                    if (!this.r_Suffix_Noun_Step2b$esjava$0()) {
                                        this.cursor = this.limit - v_9;
                                        break lab14;
                                    }
                                } while (false);
                            } while (false);

                            if (!this.r_Suffix_Noun_Step3$esjava$0()) {
                                break lab13;
                            }

                            break lab3;
                        } while (false);

                        this.cursor = this.limit - v_4;

                        if (!this.r_Suffix_All_alef_maqsura$esjava$0()) {
                            break lab2;
                        }
                    } while (false);
                } while (false);

                this.cursor = this.limit - v_3;
                this.cursor = this.limit_backward;
                v_15 = this.cursor;

                lab29: do {
                    v_16 = this.cursor;

                    lab30: do {
                        if (!this.r_Prefix_Step1$esjava$0()) {
                            this.cursor = v_16;
                            break lab30;
                        }
                    } while (false);

                    v_17 = this.cursor;

                    lab31: do {
                        if (!this.r_Prefix_Step2$esjava$0()) {
                            this.cursor = v_17;
                            break lab31;
                        }
                    } while (false);

                    lab32: do {
                        v_18 = this.cursor;

                        lab33: do {
                            if (!this.r_Prefix_Step3a_Noun$esjava$0()) {
                                break lab33;
                            }

                            break lab32;
                        } while (false);

                        this.cursor = v_18;

                        lab34: do {
                            if (!this.B_is_noun) {
                                break lab34;
                            }

                            if (!this.r_Prefix_Step3b_Noun$esjava$0()) {
                                break lab34;
                            }

                            break lab32;
                        } while (false);

                        this.cursor = v_18;

                        if (!this.B_is_verb) {
                            break lab29;
                        }

                        v_19 = this.cursor;

                        lab35: do {
                            if (!this.r_Prefix_Step3_Verb$esjava$0()) {
                                this.cursor = v_19;
                                break lab35;
                            }
                        } while (false);

                        if (!this.r_Prefix_Step4_Verb$esjava$0()) {
                            break lab29;
                        }
                    } while (false);
                } while (false);

                this.cursor = v_15;
                v_20 = this.cursor;

                lab36: do {
                    if (!this.r_Normalize_post$esjava$0()) {
                        break lab36;
                    }
                } while (false);

                this.cursor = v_20;
                return true;
            }
        }, {
            key: 'stem',
            value: function stem() {
                var _get25;

                for (var _len24 = arguments.length, args = Array(_len24), _key24 = 0; _key24 < _len24; _key24++) {
                    args[_key24] = arguments[_key24];
                }

                switch (args.length) {
                    case 0:
                        return this.stem$esjava$0.apply(this, args);
                }

                return (_get25 = _get(Object.getPrototypeOf(arabicStemmer.prototype), 'stem', this)).call.apply(_get25, [this].concat(args));
            }
        }, {
            key: 'B_is_defined',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$B_is_defined') ? this._$esjava$B_is_defined : this._$esjava$B_is_defined = false;
            },
            set: function set(v) {
                this._$esjava$B_is_defined = v;
            }
        }, {
            key: 'B_is_verb',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$B_is_verb') ? this._$esjava$B_is_verb : this._$esjava$B_is_verb = false;
            },
            set: function set(v) {
                this._$esjava$B_is_verb = v;
            }
        }, {
            key: 'B_is_noun',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$B_is_noun') ? this._$esjava$B_is_noun : this._$esjava$B_is_noun = false;
            },
            set: function set(v) {
                this._$esjava$B_is_noun = v;
            }
        }, {
            key: 'I_word_len',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_word_len') ? this._$esjava$I_word_len : this._$esjava$I_word_len = 0;
            },
            set: function set(v) {
                this._$esjava$I_word_len = v;
            }
        }], [{
            key: 'a_0',
            get: function get() {
                delete arabicStemmer.a_0;
                return arabicStemmer.a_0 = [new Among("!", -1, 3), new Among("\"", -1, 3), new Among("%", -1, 3), new Among("*", -1, 3), new Among(",", -1, 3), new Among(".", -1, 3), new Among("/", -1, 3), new Among(":", -1, 3), new Among(";", -1, 3), new Among("?", -1, 3), new Among("\\", -1, 3), new Among('\u060C', -1, 4), new Among('\u061B', -1, 4), new Among('\u061F', -1, 4), new Among('\u0640', -1, 2), new Among('\u064B', -1, 1), new Among('\u064C', -1, 1), new Among('\u064D', -1, 1), new Among('\u064E', -1, 1), new Among('\u064F', -1, 1), new Among('\u0650', -1, 1), new Among('\u0651', -1, 1), new Among('\u0652', -1, 1), new Among('\u0660', -1, 5), new Among('\u0661', -1, 6), new Among('\u0662', -1, 7), new Among('\u0663', -1, 8), new Among('\u0664', -1, 9), new Among('\u0665', -1, 10), new Among('\u0666', -1, 11), new Among('\u0667', -1, 12), new Among('\u0668', -1, 13), new Among('\u0669', -1, 14), new Among('\u066A', -1, 15), new Among('\u066B', -1, 15), new Among('\u066C', -1, 15), new Among('\uFE80', -1, 16), new Among('\uFE81', -1, 20), new Among('\uFE82', -1, 20), new Among('\uFE83', -1, 17), new Among('\uFE84', -1, 17), new Among('\uFE85', -1, 21), new Among('\uFE86', -1, 21), new Among('\uFE87', -1, 18), new Among('\uFE88', -1, 18), new Among('\uFE89', -1, 19), new Among('\uFE8A', -1, 19), new Among('\uFE8B', -1, 19), new Among('\uFE8C', -1, 19), new Among('\uFE8D', -1, 22), new Among('\uFE8E', -1, 22), new Among('\uFE8F', -1, 23), new Among('\uFE90', -1, 23), new Among('\uFE91', -1, 23), new Among('\uFE92', -1, 23), new Among('\uFE93', -1, 24), new Among('\uFE94', -1, 24), new Among('\uFE95', -1, 25), new Among('\uFE96', -1, 25), new Among('\uFE97', -1, 25), new Among('\uFE98', -1, 25), new Among('\uFE99', -1, 26), new Among('\uFE9A', -1, 26), new Among('\uFE9B', -1, 26), new Among('\uFE9C', -1, 26), new Among('\uFE9D', -1, 27), new Among('\uFE9E', -1, 27), new Among('\uFE9F', -1, 27), new Among('\uFEA0', -1, 27), new Among('\uFEA1', -1, 28), new Among('\uFEA2', -1, 28), new Among('\uFEA3', -1, 28), new Among('\uFEA4', -1, 28), new Among('\uFEA5', -1, 29), new Among('\uFEA6', -1, 29), new Among('\uFEA7', -1, 29), new Among('\uFEA8', -1, 29), new Among('\uFEA9', -1, 30), new Among('\uFEAA', -1, 30), new Among('\uFEAB', -1, 31), new Among('\uFEAC', -1, 31), new Among('\uFEAD', -1, 32), new Among('\uFEAE', -1, 32), new Among('\uFEAF', -1, 33), new Among('\uFEB0', -1, 33), new Among('\uFEB1', -1, 34), new Among('\uFEB2', -1, 34), new Among('\uFEB3', -1, 34), new Among('\uFEB4', -1, 34), new Among('\uFEB5', -1, 35), new Among('\uFEB6', -1, 35), new Among('\uFEB7', -1, 35), new Among('\uFEB8', -1, 35), new Among('\uFEB9', -1, 36), new Among('\uFEBA', -1, 36), new Among('\uFEBB', -1, 36), new Among('\uFEBC', -1, 36), new Among('\uFEBD', -1, 37), new Among('\uFEBE', -1, 37), new Among('\uFEBF', -1, 37), new Among('\uFEC0', -1, 37), new Among('\uFEC1', -1, 38), new Among('\uFEC2', -1, 38), new Among('\uFEC3', -1, 38), new Among('\uFEC4', -1, 38), new Among('\uFEC5', -1, 39), new Among('\uFEC6', -1, 39), new Among('\uFEC7', -1, 39), new Among('\uFEC8', -1, 39), new Among('\uFEC9', -1, 40), new Among('\uFECA', -1, 40), new Among('\uFECB', -1, 40), new Among('\uFECC', -1, 40), new Among('\uFECD', -1, 41), new Among('\uFECE', -1, 41), new Among('\uFECF', -1, 41), new Among('\uFED0', -1, 41), new Among('\uFED1', -1, 42), new Among('\uFED2', -1, 42), new Among('\uFED3', -1, 42), new Among('\uFED4', -1, 42), new Among('\uFED5', -1, 43), new Among('\uFED6', -1, 43), new Among('\uFED7', -1, 43), new Among('\uFED8', -1, 43), new Among('\uFED9', -1, 44), new Among('\uFEDA', -1, 44), new Among('\uFEDB', -1, 44), new Among('\uFEDC', -1, 44), new Among('\uFEDD', -1, 45), new Among('\uFEDE', -1, 45), new Among('\uFEDF', -1, 45), new Among('\uFEE0', -1, 45), new Among('\uFEE1', -1, 46), new Among('\uFEE2', -1, 46), new Among('\uFEE3', -1, 46), new Among('\uFEE4', -1, 46), new Among('\uFEE5', -1, 47), new Among('\uFEE6', -1, 47), new Among('\uFEE7', -1, 47), new Among('\uFEE8', -1, 47), new Among('\uFEE9', -1, 48), new Among('\uFEEA', -1, 48), new Among('\uFEEB', -1, 48), new Among('\uFEEC', -1, 48), new Among('\uFEED', -1, 49), new Among('\uFEEE', -1, 49), new Among('\uFEEF', -1, 50), new Among('\uFEF0', -1, 50), new Among('\uFEF1', -1, 51), new Among('\uFEF2', -1, 51), new Among('\uFEF3', -1, 51), new Among('\uFEF4', -1, 51), new Among('\uFEF5', -1, 55), new Among('\uFEF6', -1, 55), new Among('\uFEF7', -1, 53), new Among('\uFEF8', -1, 53), new Among('\uFEF9', -1, 54), new Among('\uFEFA', -1, 54), new Among('\uFEFB', -1, 52), new Among('\uFEFC', -1, 52)];
            }
        }, {
            key: 'a_1',
            get: function get() {
                delete arabicStemmer.a_1;
                return arabicStemmer.a_1 = [new Among('\u0622', -1, 1), new Among('\u0623', -1, 1), new Among('\u0624', -1, 2), new Among('\u0625', -1, 1), new Among('\u0626', -1, 3)];
            }
        }, {
            key: 'a_2',
            get: function get() {
                delete arabicStemmer.a_2;
                return arabicStemmer.a_2 = [new Among('\u0622', -1, 1), new Among('\u0623', -1, 1), new Among('\u0624', -1, 2), new Among('\u0625', -1, 1), new Among('\u0626', -1, 3)];
            }
        }, {
            key: 'a_3',
            get: function get() {
                delete arabicStemmer.a_3;
                return arabicStemmer.a_3 = [new Among('\u0627\u0644', -1, 2), new Among('\u0628\u0627\u0644', -1, 1), new Among('\u0643\u0627\u0644', -1, 1), new Among('\u0644\u0644', -1, 2)];
            }
        }, {
            key: 'a_4',
            get: function get() {
                delete arabicStemmer.a_4;
                return arabicStemmer.a_4 = [new Among('\u0623\u0622', -1, 2), new Among('\u0623\u0623', -1, 1), new Among('\u0623\u0624', -1, 3), new Among('\u0623\u0625', -1, 5), new Among('\u0623\u0627', -1, 4)];
            }
        }, {
            key: 'a_5',
            get: function get() {
                delete arabicStemmer.a_5;
                return arabicStemmer.a_5 = [new Among('\u0641', -1, 1), new Among('\u0648', -1, 2)];
            }
        }, {
            key: 'a_6',
            get: function get() {
                delete arabicStemmer.a_6;
                return arabicStemmer.a_6 = [new Among('\u0627\u0644', -1, 2), new Among('\u0628\u0627\u0644', -1, 1), new Among('\u0643\u0627\u0644', -1, 1), new Among('\u0644\u0644', -1, 2)];
            }
        }, {
            key: 'a_7',
            get: function get() {
                delete arabicStemmer.a_7;
                return arabicStemmer.a_7 = [new Among('\u0628', -1, 1), new Among('\u0628\u0628', 0, 2), new Among('\u0643\u0643', -1, 3)];
            }
        }, {
            key: 'a_8',
            get: function get() {
                delete arabicStemmer.a_8;
                return arabicStemmer.a_8 = [new Among('\u0633\u0623', -1, 4), new Among('\u0633\u062A', -1, 2), new Among('\u0633\u0646', -1, 3), new Among('\u0633\u064A', -1, 1)];
            }
        }, {
            key: 'a_9',
            get: function get() {
                delete arabicStemmer.a_9;
                return arabicStemmer.a_9 = [new Among('\u062A\u0633\u062A', -1, 1), new Among('\u0646\u0633\u062A', -1, 1), new Among('\u064A\u0633\u062A', -1, 1)];
            }
        }, {
            key: 'a_10',
            get: function get() {
                delete arabicStemmer.a_10;
                return arabicStemmer.a_10 = [new Among('\u0643\u0645\u0627', -1, 3), new Among('\u0647\u0645\u0627', -1, 3), new Among('\u0646\u0627', -1, 2), new Among('\u0647\u0627', -1, 2), new Among('\u0643', -1, 1), new Among('\u0643\u0645', -1, 2), new Among('\u0647\u0645', -1, 2), new Among('\u0647\u0646', -1, 2), new Among('\u0647', -1, 1), new Among('\u064A', -1, 1)];
            }
        }, {
            key: 'a_11',
            get: function get() {
                delete arabicStemmer.a_11;
                return arabicStemmer.a_11 = [new Among('\u0646', -1, 1)];
            }
        }, {
            key: 'a_12',
            get: function get() {
                delete arabicStemmer.a_12;
                return arabicStemmer.a_12 = [new Among('\u0627', -1, 1), new Among('\u0648', -1, 1), new Among('\u064A', -1, 1)];
            }
        }, {
            key: 'a_13',
            get: function get() {
                delete arabicStemmer.a_13;
                return arabicStemmer.a_13 = [new Among('\u0627\u062A', -1, 1)];
            }
        }, {
            key: 'a_14',
            get: function get() {
                delete arabicStemmer.a_14;
                return arabicStemmer.a_14 = [new Among('\u062A', -1, 1)];
            }
        }, {
            key: 'a_15',
            get: function get() {
                delete arabicStemmer.a_15;
                return arabicStemmer.a_15 = [new Among('\u0629', -1, 1)];
            }
        }, {
            key: 'a_16',
            get: function get() {
                delete arabicStemmer.a_16;
                return arabicStemmer.a_16 = [new Among('\u064A', -1, 1)];
            }
        }, {
            key: 'a_17',
            get: function get() {
                delete arabicStemmer.a_17;
                return arabicStemmer.a_17 = [new Among('\u0643\u0645\u0627', -1, 3), new Among('\u0647\u0645\u0627', -1, 3), new Among('\u0646\u0627', -1, 2), new Among('\u0647\u0627', -1, 2), new Among('\u0643', -1, 1), new Among('\u0643\u0645', -1, 2), new Among('\u0647\u0645', -1, 2), new Among('\u0643\u0646', -1, 2), new Among('\u0647\u0646', -1, 2), new Among('\u0647', -1, 1), new Among('\u0643\u0645\u0648', -1, 3), new Among('\u0646\u064A', -1, 2)];
            }
        }, {
            key: 'a_18',
            get: function get() {
                delete arabicStemmer.a_18;
                return arabicStemmer.a_18 = [new Among('\u0627', -1, 2), new Among('\u062A\u0627', 0, 3), new Among('\u062A\u0645\u0627', 0, 5), new Among('\u0646\u0627', 0, 3), new Among('\u062A', -1, 1), new Among('\u0646', -1, 2), new Among('\u0627\u0646', 5, 4), new Among('\u062A\u0646', 5, 3), new Among('\u0648\u0646', 5, 4), new Among('\u064A\u0646', 5, 4), new Among('\u064A', -1, 2)];
            }
        }, {
            key: 'a_19',
            get: function get() {
                delete arabicStemmer.a_19;
                return arabicStemmer.a_19 = [new Among('\u0648\u0627', -1, 1), new Among('\u062A\u0645', -1, 1)];
            }
        }, {
            key: 'a_20',
            get: function get() {
                delete arabicStemmer.a_20;
                return arabicStemmer.a_20 = [new Among('\u0648', -1, 1), new Among('\u062A\u0645\u0648', 0, 2)];
            }
        }, {
            key: 'a_21',
            get: function get() {
                delete arabicStemmer.a_21;
                return arabicStemmer.a_21 = [new Among('\u0649', -1, 1)];
            }
        }]);

        return arabicStemmer;
    }(SnowballStemmer);

    function newStemmer(lng) {
        var stemMap = {
            arabic: arabicStemmer
        };
        var stemmer = new stemMap[lng.toLowerCase()]();
        return {
            stem: function stem(word) {
                stemmer.setCurrent(word);
                stemmer.stem();
                return stemmer.getCurrent();
            }
        };
    }

    function algorithms() {
        return ['arabic'];
    }
});

